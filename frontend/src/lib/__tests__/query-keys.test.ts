import { expect, test } from 'vitest';
import { seededClient } from '@/testing/query-cache';
import { activityKeys, centerKeys, complianceKeys, coverageKeys, queryKeys } from '../query-keys';

const centerKeysSeen = [
  centerKeys.list({ page: 0, size: 20 }),
  centerKeys.list({ sort: 'name', size: 200 }),
  centerKeys.allPages({ provinceCode: '52' }),
  centerKeys.detail('c1'),
  centerKeys.history('c1'),
  centerKeys.members('c1'),
  centerKeys.member('c1', 'm1'),
  centerKeys.detail('c2'),
  centerKeys.members('c2'),
];

test("invalidating a center refreshes its history and members, not another center's or the lists", async () => {
  const cache = seededClient(centerKeysSeen);
  await cache.client.invalidateQueries({ queryKey: centerKeys.detail('c1') });
  expect(cache.stale()).toEqual([
    centerKeys.detail('c1'),
    centerKeys.history('c1'),
    centerKeys.members('c1'),
    centerKeys.member('c1', 'm1'),
  ]);
});

test("invalidating the centers' lists reaches every list, the map's included, and no center", async () => {
  const cache = seededClient(centerKeysSeen);
  await cache.client.invalidateQueries({ queryKey: centerKeys.lists() });
  expect(cache.stale()).toEqual([
    centerKeys.list({ page: 0, size: 20 }),
    centerKeys.list({ sort: 'name', size: 200 }),
    centerKeys.allPages({ provinceCode: '52' }),
  ]);
  cache.client.removeQueries({ queryKey: centerKeys.lists() });
  expect(cache.cached()).toEqual(centerKeysSeen.slice(3));
});

test('one list page is one cache entry whatever order its query was written in', () => {
  const cache = seededClient([centerKeys.list({ sort: 'name', size: 200, q: 'เวียง' })]);
  expect(cache.client.getQueryData(centerKeys.list({ q: 'เวียง', size: 200, sort: 'name' }))).toBe('answer');
  expect(cache.client.getQueryData(centerKeys.list({ q: 'เวียง', size: 50, sort: 'name' }))).toBeUndefined();
});

test('invalidating an activity refreshes its history, photos and their bytes, not the lists', async () => {
  const seen = [
    activityKeys.list({ page: 0 }),
    activityKeys.detail('a1'),
    activityKeys.history('a1'),
    activityKeys.photos('a1'),
    activityKeys.photo('a1', 'p1', 'thumbnail'),
    activityKeys.detail('a2'),
  ];
  const cache = seededClient(seen);
  await cache.client.invalidateQueries({ queryKey: activityKeys.detail('a1') });
  expect(cache.stale()).toEqual(seen.slice(1, 5));
});

test('the figures of compliance and coverage are apart from each other and from the activities', async () => {
  const seen = [
    complianceKeys.figures({ areaCode: '', fiscalYear: 2569 }),
    complianceKeys.figures({ areaCode: '52', fiscalYear: 2569, quarter: 1 }),
    coverageKeys.figures({ areaCode: '', fiscalYear: 2569 }),
    activityKeys.lists(),
  ];
  const cache = seededClient(seen);
  await cache.client.invalidateQueries({ queryKey: complianceKeys.all() });
  expect(cache.stale()).toEqual(seen.slice(0, 2));
});

test("a province's districts hang off the province; a district's subdistricts off the district", async () => {
  const seen = [
    queryKeys.provinces(),
    queryKeys.province('52'),
    queryKeys.districts('52'),
    queryKeys.district('5201'),
    queryKeys.subdistricts('5201'),
  ];
  const cache = seededClient(seen);
  await cache.client.invalidateQueries({ queryKey: queryKeys.province('52') });
  expect(cache.stale()).toEqual([queryKeys.province('52'), queryKeys.districts('52')]);
});
