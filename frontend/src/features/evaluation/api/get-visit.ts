import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { evaluationKeys } from './query-keys';

export type Visit = components['schemas']['VisitView'];
export type VisitRequest = components['schemas']['VisitRequest'];

export async function getVisit(id: string) {
  return body(await api.GET('/api/v1/visits/{id}', { params: { path: { id } } }));
}

export const getVisitQueryOptions = (id: string) => queryOptions({ queryKey: evaluationKeys.detail(id), queryFn: () => getVisit(id) });

export const useVisit = (id: string) => useQuery(getVisitQueryOptions(id));
