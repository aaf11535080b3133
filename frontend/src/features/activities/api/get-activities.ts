import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components, operations } from '@/lib/api/schema';
import { activityKeys } from '@/lib/query-keys';

export type Activity = components['schemas']['ActivityView'];
export type Participants = components['schemas']['Participants'];
export type ActivityWarning = components['schemas']['Warning'];
export type ActivitiesQuery = NonNullable<operations['listActivities']['parameters']['query']>;

export async function getActivities(query: ActivitiesQuery) {
  return body(await api.GET('/api/v1/activities', { params: { query } }));
}

export const getActivitiesQueryOptions = (query: ActivitiesQuery) =>
  queryOptions({
    queryKey: activityKeys.list(query),
    queryFn: () => getActivities(query),
    // The previous page stays on screen while the next loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });

export const useActivities = (query: ActivitiesQuery) => useQuery(getActivitiesQueryOptions(query));
