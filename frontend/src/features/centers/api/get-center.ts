import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { centerKeys } from '@/lib/query-keys';

export async function getCenter(id: string) {
  return body(await api.GET('/api/v1/centers/{id}', { params: { path: { id } } }));
}

export const getCenterQueryOptions = (id: string) =>
  queryOptions({ queryKey: centerKeys.detail(id), queryFn: () => getCenter(id) });

export const useCenter = (id: string) => useQuery(getCenterQueryOptions(id));
