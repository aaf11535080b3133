import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { activityKeys } from '@/lib/query-keys';

export type AuditEvent = components['schemas']['AuditEventView'];

export async function getActivityHistory(id: string) {
  return body(await api.GET('/api/v1/activities/{id}/history', { params: { path: { id } } }));
}

export const getActivityHistoryQueryOptions = (id: string) =>
  queryOptions({
    queryKey: activityKeys.history(id),
    queryFn: () => getActivityHistory(id),
    staleTime: 0,
  });

export const useActivityHistory = (id: string) => useQuery(getActivityHistoryQueryOptions(id));
