import { expect, test } from 'vitest';
import { formatBaht, formatPercent } from '../numbers';

test('writes baht with satang', () => {
  expect(formatBaht(3500, 'th')).toBe('฿3,500.00');
  expect(formatBaht(1234567.5, 'en')).toMatch(/^THB\s1,234,567\.50$/);
});

test('writes a share as a percentage with one decimal at most', () => {
  expect(formatPercent(0.935, 'th')).toBe('93.5%');
  expect(formatPercent(1, 'en')).toBe('100%');
});
