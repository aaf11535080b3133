import { expect, test } from 'vitest';
import { queryKeys } from '@/lib/query-keys';
import { seededClient } from '@/testing/query-cache';
import { locationReportKeys, operatingPointKeys } from '../query-keys';

test("a new operating point refreshes every area's location report; the point itself hangs off its district", async () => {
  const seen = [
    locationReportKeys.area(''),
    locationReportKeys.area('52'),
    operatingPointKeys.district('5201'),
    queryKeys.subdistricts('5201'),
  ];
  const cache = seededClient(seen);
  await cache.client.invalidateQueries({ queryKey: locationReportKeys.all() });
  expect(cache.stale()).toEqual(seen.slice(0, 2));
  await cache.client.invalidateQueries({ queryKey: queryKeys.district('5201') });
  expect(cache.stale()).toEqual(seen);
});
