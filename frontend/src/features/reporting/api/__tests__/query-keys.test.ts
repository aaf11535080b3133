import { expect, test } from 'vitest';
import { seededClient } from '@/testing/query-cache';
import { createProvinceReport, createReport, DEADLINE_ID, DEADLINE_Q2_ID } from '../../testing/reporting-data';
import { invalidateProvinceReport } from '../invalidate-province-report';
import { invalidateReport } from '../invalidate-report';
import { invalidateDeadlines } from '../move-deadline';
import {
  completenessKeys,
  deadlineKeys,
  districtReportKeys,
  holidayKeys,
  myDeadlineKeys,
  provinceReportKeys,
} from '../query-keys';

const seen = [
  districtReportKeys.detail(DEADLINE_ID, '5201'),
  districtReportKeys.detail(DEADLINE_ID, '5202'),
  districtReportKeys.detail(DEADLINE_Q2_ID, '5201'),
  myDeadlineKeys.all(),
  completenessKeys.area('', 2569),
  completenessKeys.area('52', 2569),
  deadlineKeys.year(2569),
  provinceReportKeys.detail(DEADLINE_ID, '52'),
  provinceReportKeys.detail(DEADLINE_ID, '50'),
  provinceReportKeys.list(DEADLINE_ID),
  provinceReportKeys.list(DEADLINE_Q2_ID),
  holidayKeys.between('2025-10-01', '2026-09-30'),
];

test('a changed report keeps its answer and refreshes my deadlines, the completeness and its province’s report, not the other reports', async () => {
  const cache = seededClient(seen);
  const report = createReport({ districtCode: '5201' });
  await invalidateReport(cache.client, report);
  expect(report.deadline.id).toBe(DEADLINE_ID);
  expect(cache.client.getQueryData(districtReportKeys.detail(DEADLINE_ID, '5201'))).toBe(report);
  expect(cache.stale()).toEqual([
    myDeadlineKeys.all(),
    completenessKeys.area('', 2569),
    completenessKeys.area('52', 2569),
    provinceReportKeys.detail(DEADLINE_ID, '52'),
  ]);
});

test('a changed province report keeps its answer and refreshes only the department’s queue of its deadline', async () => {
  const cache = seededClient(seen);
  const report = createProvinceReport();
  await invalidateProvinceReport(cache.client, report);
  expect(cache.client.getQueryData(provinceReportKeys.detail(DEADLINE_ID, '52'))).toBe(report);
  expect(cache.stale()).toEqual([provinceReportKeys.list(DEADLINE_ID)]);
});

test('a moved date refreshes everything built on dates, every report included, but not the holidays', async () => {
  const cache = seededClient(seen);
  await invalidateDeadlines(cache.client);
  expect(cache.stale()).toEqual(seen.slice(0, -1));
});

test("invalidating a deadline's reports leaves the other deadline's", async () => {
  const cache = seededClient(seen);
  await cache.client.invalidateQueries({ queryKey: districtReportKeys.deadline(DEADLINE_ID) });
  expect(cache.stale()).toEqual(seen.slice(0, 2));
  const provinces = seededClient(seen);
  await provinces.client.invalidateQueries({ queryKey: provinceReportKeys.deadline(DEADLINE_ID) });
  expect(provinces.stale()).toEqual([
    provinceReportKeys.detail(DEADLINE_ID, '52'),
    provinceReportKeys.detail(DEADLINE_ID, '50'),
    provinceReportKeys.list(DEADLINE_ID),
  ]);
});
