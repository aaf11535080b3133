import { expect, test } from 'vitest';
import { createMe } from '@/testing/data-generators';
import { areaCovers, permissionsFor } from '../permissions';

test('offers nothing while /me is unknown', () => {
  expect(Object.values(permissionsFor(undefined)).some(Boolean)).toBe(false);
});

test('officers write, viewers only read and see deadlines', () => {
  expect(permissionsFor(createMe({ roles: ['DISTRICT_OFFICER'] })).canWrite).toBe(true);
  const viewer = permissionsFor(createMe({ roles: ['VIEWER'] }));
  expect(viewer.canWrite).toBe(false);
  expect(viewer.hasDeadlines).toBe(true);
  expect(viewer.canReviewReports).toBe(false);
});

test('only a province officer bound to a province sets its dates', () => {
  const province = { level: 'PROVINCE' as const, code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' };
  expect(permissionsFor(createMe({ roles: ['PROVINCE_OFFICER'], area: province })).canSetProvinceDates).toBe(true);
  expect(permissionsFor(createMe({ roles: ['NATIONAL'], area: province })).canSetProvinceDates).toBe(false);
});

test('an area covers its own districts and nothing else', () => {
  const province = { level: 'PROVINCE' as const, code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' };
  expect(areaCovers(province, '5201')).toBe(true);
  expect(areaCovers(province, '5001')).toBe(false);
  expect(areaCovers(undefined, '5201')).toBe(false);
});
