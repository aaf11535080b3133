import { expect, test } from 'vitest';
import { activeNavItem } from '../active-nav-item';

const nav = [
  { to: '/', label: 'home', end: true },
  { to: '/reports', label: 'reports' },
  { to: '/reports/provinces', label: 'provinces' },
];

test('marks only the most specific item of a nested page', () => {
  expect(activeNavItem('/reports/provinces', nav)?.label).toBe('provinces');
  expect(activeNavItem('/reports/provinces/x', nav)?.label).toBe('provinces');
});

test('marks the parent for its other pages', () => {
  expect(activeNavItem('/reports/queue', nav)?.label).toBe('reports');
  expect(activeNavItem('/reports', nav)?.label).toBe('reports');
});

test('matches the home page exactly and a lookalike prefix not at all', () => {
  expect(activeNavItem('/', nav)?.label).toBe('home');
  expect(activeNavItem('/reportsx', nav)).toBeUndefined();
});
