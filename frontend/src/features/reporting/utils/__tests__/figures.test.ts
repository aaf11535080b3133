import { expect, test } from 'vitest';
import { createQuarterlyFigures } from '../../testing/reporting-data';
import { currentFiscalYear, fiscalYearRange } from '../fiscal';
import { readFigures, sumFigures } from '../figures';
import { isNarrativeChanged, reapplyNarrative } from '../narrative';

test('reads figures missing from an older frozen report as zeros', () => {
  const figures = readFigures({ activities: { activities: 3, byType: { HEALTH: 3 } } });
  expect(figures.kind).toBe('quarterly');
  if (figures.kind !== 'quarterly') return;
  expect(figures.byType.HEALTH).toBe(3);
  expect(figures.byType.THREE_TREES).toBe(0);
  expect(figures.byCategory).toEqual({ MISSION: 0, DIMENSION: 3, NATIONAL_DAY: 0 });
  expect(figures.participants.committee).toBe(0);
  expect(figures.partnersBySector.MEDIA).toBe(0);
});

test('reads the location report’s figures', () => {
  expect(readFigures({ locations: { subdistricts: 19, subdistrictsWithCenter: 18, subdistrictsWithoutCenter: 1, centers: 18 } })).toEqual({
    kind: 'location',
    subdistricts: 19,
    subdistrictsWithCenter: 18,
    subdistrictsWithoutCenter: 1,
    centers: 18,
  });
});

test('adds districts up and recomputes the compliance rate', () => {
  const a = readFigures(createQuarterlyFigures());
  const b = readFigures({ ...createQuarterlyFigures(), compliance: { centers: 1, compliantCenters: 0 } });
  const total = sumFigures([a, b]);
  if (total?.kind !== 'quarterly') throw new Error('expected quarterly figures');
  expect(total.compliance).toMatchObject({ centers: 20, compliantCenters: 17 });
  expect(total.compliance.rate).toBeCloseTo(0.85);
  expect(total.byType.FRIDGE_AND_MEDICINE_CABINET).toBe(24);
  expect(total.budgetBySector.PRIVATE).toBeCloseTo(5001);
  expect(sumFigures([])).toBeUndefined();
});

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
