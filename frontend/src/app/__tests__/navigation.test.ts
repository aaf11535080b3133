import { expect, test } from 'vitest';
import { navItems, navItemsFor, type NavItem } from '../navigation';

const withNationalPage: NavItem[] = [...navItems, { to: '/national', labelKey: 'x', roles: ['NATIONAL', 'ADMIN'] }];

test('shows every open page to a district officer', () => {
  expect(navItemsFor(['DISTRICT_OFFICER']).map((i) => i.to)).toEqual(['/', '/centers', '/activities', '/partners', '/meetings', '/plans', '/evaluation', '/lessons', '/compliance', '/reports', '/documents', '/me', '/geo']);
});

test('keeps document requests from viewers, who neither send nor answer them', () => {
  expect(navItemsFor(['VIEWER']).map((i) => i.to)).not.toContain('/documents');
});

test('hides a page restricted to other roles', () => {
  expect(navItemsFor(['DISTRICT_OFFICER'], withNationalPage).map((i) => i.to)).not.toContain('/national');
});

test('shows a restricted page to a user holding one of its roles', () => {
  expect(navItemsFor(['VIEWER', 'NATIONAL'], withNationalPage).map((i) => i.to)).toContain('/national');
});

test('leads the department to its deadline desk', () => {
  expect(navItemsFor(['NATIONAL']).map((i) => i.to)).toContain('/reports/deadlines');
  expect(navItemsFor(['PROVINCE_OFFICER']).map((i) => i.to)).not.toContain('/reports/deadlines');
});
