import { expect, test } from 'vitest';
import { currentFiscalYear, fiscalYearRange } from '@/lib/fiscal-year';
import { isNarrativeChanged, reapplyNarrative } from '../narrative';

test('knows the fiscal year of a day in Bangkok', () => {
  expect(currentFiscalYear(new Date('2024-09-30T16:59:00Z'))).toBe(2567);
  expect(currentFiscalYear(new Date('2024-09-30T17:00:00Z'))).toBe(2568);
  expect(fiscalYearRange(2568)).toEqual({ from: '2024-10-01', to: '2025-09-30' });
});

test('re-applies only the parts I changed on top of the saved version', () => {
  const base = { results: 'a', problems: 'b', suggestions: '', goodPractice: '' };
  const mine = { ...base, suggestions: 'mine' };
  const theirs = { ...base, problems: 'theirs' };
  expect(reapplyNarrative(base, mine, theirs)).toEqual({ results: 'a', problems: 'theirs', suggestions: 'mine', goodPractice: '' });
  expect(isNarrativeChanged(base, { ...base, results: 'a  ' })).toBe(false);
});
