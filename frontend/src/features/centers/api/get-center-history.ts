import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { centerKeys } from '@/lib/query-keys';

export type AuditEvent = components['schemas']['AuditEventView'];
export type AuditChange = components['schemas']['AuditChange'];

export async function getCenterHistory(id: string) {
  return body(await api.GET('/api/v1/centers/{id}/history', { params: { path: { id } } }));
}

export const getCenterHistoryQueryOptions = (id: string) =>
  queryOptions({ queryKey: centerKeys.history(id), queryFn: () => getCenterHistory(id), staleTime: 0 });

export const useCenterHistory = (id: string) => useQuery(getCenterHistoryQueryOptions(id));
