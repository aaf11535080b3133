import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components, operations } from '@/lib/api/schema';
import { centerKeys } from '@/lib/query-keys';

export type Center = components['schemas']['CenterView'];
export type CenterStatus = components['schemas']['CenterStatus'];
export type CentersQuery = NonNullable<operations['listCenters']['parameters']['query']>;

export const MAX_PAGE_SIZE = 200;
// A nationwide map stops here rather than pulling an unbounded number of pages.
const MAX_MAP_PAGES = 50;

export async function getCenters(query: CentersQuery) {
  return body(await api.GET('/api/v1/centers', { params: { query } }));
}

/** Every center matching the filter, page by page (for the map). */
export async function getAllCenters(query: Omit<CentersQuery, 'page' | 'size'>): Promise<Center[]> {
  const first = await getCenters({ ...query, page: 0, size: MAX_PAGE_SIZE });
  const pages = Math.min(first.totalPages, MAX_MAP_PAGES);
  const rest = await Promise.all(
    Array.from({ length: Math.max(pages - 1, 0) }, (_, i) => getCenters({ ...query, page: i + 1, size: MAX_PAGE_SIZE })),
  );
  return [first, ...rest].flatMap((p) => p.items);
}

export const getCentersQueryOptions = (query: CentersQuery) =>
  queryOptions({
    queryKey: centerKeys.list(query),
    queryFn: () => getCenters(query),
    // The previous page stays on screen while the next loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });

export const getAllCentersQueryOptions = (query: Omit<CentersQuery, 'page' | 'size'> = {}) =>
  queryOptions({ queryKey: centerKeys.allPages(query), queryFn: () => getAllCenters(query) });

export const useCenters = (query: CentersQuery) => useQuery(getCentersQueryOptions(query));

export const useAllCenters = (query: Omit<CentersQuery, 'page' | 'size'> = {}) =>
  useQuery(getAllCentersQueryOptions(query));
