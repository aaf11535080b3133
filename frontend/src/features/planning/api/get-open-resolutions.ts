import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { meetingKeys, type OpenResolutionsQuery } from './query-keys';

export type OpenResolution = components['schemas']['OpenResolution'];

/** The follow-up of the next meeting: resolutions not yet done, those due first. */
export async function getOpenResolutions(query: OpenResolutionsQuery) {
  return body(await api.GET('/api/v1/meetings/open-resolutions', { params: { query } }));
}

export const getOpenResolutionsQueryOptions = (query: OpenResolutionsQuery) =>
  queryOptions({ queryKey: meetingKeys.open(query), queryFn: () => getOpenResolutions(query) });

export const useOpenResolutions = (query: OpenResolutionsQuery) => useQuery(getOpenResolutionsQueryOptions(query));
