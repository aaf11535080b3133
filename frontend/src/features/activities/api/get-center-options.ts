import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';

/** The most centers one request returns; larger areas narrow the choice by searching. */
export const CENTER_OPTIONS_SIZE = 200;

export type CenterOptionsQuery = { q?: string; districtCode?: string };

/** Centers of the user's area to record activities for, by name. */
export async function getCenterOptions({ q, districtCode }: CenterOptionsQuery) {
  const query = { sort: 'name', size: CENTER_OPTIONS_SIZE, ...(q ? { q } : {}), ...(districtCode ? { districtCode } : {}) };
  return body(await api.GET('/api/v1/centers', { params: { query } }));
}

// Under the centers' list key, so adding or changing a center refreshes the choice.
export const getCenterOptionsQueryOptions = (query: CenterOptionsQuery) =>
  queryOptions({
    queryKey: ['centers', 'list', { purpose: 'options', ...query }],
    queryFn: () => getCenterOptions(query),
  });

export const useCenterOptions = (query: CenterOptionsQuery, enabled = true) =>
  useQuery({ ...getCenterOptionsQueryOptions(query), enabled });

export async function getCenterOption(id: string) {
  return body(await api.GET('/api/v1/centers/{id}', { params: { path: { id } } }));
}

/** One center by id (e.g. preselected from a link), under the same key as the center's page. */
export const useCenterOption = (id: string) =>
  useQuery({ queryKey: ['centers', 'detail', id], queryFn: () => getCenterOption(id), enabled: Boolean(id) });
