import { expect, test } from 'vitest';
import { createQuarterlyFigures } from '../../testing/reporting-data';
import { figureTables } from '../figure-tables';
import { sumFigures } from '../sum-figures';

test('adds districts up and recomputes the compliance rate', () => {
  const a = createQuarterlyFigures();
  const b = { ...createQuarterlyFigures(), compliance: { ...a.compliance, centers: 1, compliantCenters: 0, nonCompliantCenters: 1 } };
  const total = sumFigures([a, b]);
  if (total?.kind !== 'QUARTERLY') throw new Error('expected quarterly figures');
  expect(total.compliance).toMatchObject({ centers: 20, compliantCenters: 17, nonCompliantCenters: 3 });
  expect(total.compliance.rate).toBeCloseTo(0.85);
  expect(total.activities.byType.FRIDGE_AND_MEDICINE_CABINET).toBe(24);
  expect(total.activities.participants.community).toBe(2500);
  expect(total.budgetBySector.PRIVATE).toBeCloseTo(5001);
  expect(sumFigures([])).toBeUndefined();
});

test('adds the location reports of districts up', () => {
  const district = { kind: 'LOCATION', locations: { subdistricts: 19, subdistrictsWithCenter: 18, subdistrictsWithoutCenter: 1, centers: 18 } } as const;
  expect(sumFigures([district, district])).toEqual({
    kind: 'LOCATION',
    locations: { subdistricts: 38, subdistrictsWithCenter: 36, subdistrictsWithoutCenter: 2, centers: 36 },
  });
});

test("a category's subtotal is the sum of its types' rows", () => {
  const activities = figureTables(createQuarterlyFigures()).find((table) => table.id === 'activities');
  const row = (id: string) => activities?.rows.find((r) => r.id === id)?.values[0];
  expect(row('subtotal-MISSION')).toBe(12 + 18);
  expect(row('subtotal-DIMENSION')).toBe(8);
  expect(row('total')).toBe(42);
});
