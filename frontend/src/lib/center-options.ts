import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { centerKeys } from '@/lib/query-keys';

/** The most centers one request returns; larger areas narrow the choice by searching. */
export const CENTER_OPTIONS_SIZE = 200;

export type CenterOptionsQuery = { q?: string; districtCode?: string };

const centersQuery = ({ q, districtCode }: CenterOptionsQuery) => ({
  sort: 'name',
  size: CENTER_OPTIONS_SIZE,
  ...(q ? { q } : {}),
  ...(districtCode ? { districtCode } : {}),
});

/** Centers of the user's area to record activities, meetings or visits for, by name. */
export async function getCenterOptions(query: CenterOptionsQuery) {
  return body(await api.GET('/api/v1/centers', { params: { query: centersQuery(query) } }));
}

// A page of the centers' list, keyed by the request itself: adding or changing a center refreshes
// the choice, and a centers page asking the same shares the answer.
export const getCenterOptionsQueryOptions = (query: CenterOptionsQuery) =>
  queryOptions({
    queryKey: centerKeys.list(centersQuery(query)),
    queryFn: () => getCenterOptions(query),
  });

export const useCenterOptions = (query: CenterOptionsQuery, enabled = true) =>
  useQuery({ ...getCenterOptionsQueryOptions(query), enabled });

export async function getCenterOption(id: string) {
  return body(await api.GET('/api/v1/centers/{id}', { params: { path: { id } } }));
}

/** One center by id (e.g. preselected from a link), under the same key as the center's page. */
export const useCenterOption = (id: string) =>
  useQuery({ queryKey: centerKeys.detail(id), queryFn: () => getCenterOption(id), enabled: Boolean(id) });
