import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { activityKeys } from '@/lib/query-keys';

export async function getActivity(id: string) {
  return body(await api.GET('/api/v1/activities/{id}', { params: { path: { id } } }));
}

export const getActivityQueryOptions = (id: string) =>
  queryOptions({ queryKey: activityKeys.detail(id), queryFn: () => getActivity(id) });

export const useActivity = (id: string) => useQuery(getActivityQueryOptions(id));
