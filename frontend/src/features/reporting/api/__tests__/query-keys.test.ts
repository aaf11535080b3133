import { expect, test } from 'vitest';
import { seededClient } from '@/testing/query-cache';
import { createReport, DEADLINE_ID, DEADLINE_Q2_ID } from '../../testing/reporting-data';
import { invalidateReport } from '../invalidate-report';
import { invalidateDeadlines } from '../move-deadline';
import { completenessKeys, deadlineKeys, districtReportKeys, holidayKeys, myDeadlineKeys } from '../query-keys';

const seen = [
  districtReportKeys.detail(DEADLINE_ID, '5201'),
  districtReportKeys.detail(DEADLINE_ID, '5202'),
  districtReportKeys.detail(DEADLINE_Q2_ID, '5201'),
  myDeadlineKeys.all(),
  completenessKeys.area('', 2569),
  completenessKeys.area('52', 2569),
  deadlineKeys.year(2569),
  holidayKeys.between('2025-10-01', '2026-09-30'),
];

test('a changed report keeps its answer and refreshes my deadlines and the completeness, not the other reports', async () => {
  const cache = seededClient(seen);
  const report = createReport({ districtCode: '5201' });
  await invalidateReport(cache.client, report);
  expect(report.deadline.id).toBe(DEADLINE_ID);
  expect(cache.client.getQueryData(districtReportKeys.detail(DEADLINE_ID, '5201'))).toBe(report);
  expect(cache.stale()).toEqual([myDeadlineKeys.all(), completenessKeys.area('', 2569), completenessKeys.area('52', 2569)]);
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
});
