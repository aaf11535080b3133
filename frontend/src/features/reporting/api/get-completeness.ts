import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { completenessKeys } from './query-keys';

export type Completeness = components['schemas']['CompletenessView'];
export type CompletenessRow = components['schemas']['CompletenessRow'];
export type CompletenessCell = components['schemas']['CompletenessCell'];

/** The caller's own area when `areaCode` is empty. */
export async function getCompleteness(areaCode: string, fiscalYear: number) {
  const query = areaCode ? { areaCode, fiscalYear } : { fiscalYear };
  return body(await api.GET('/api/v1/completeness', { params: { query } }));
}

export const getCompletenessQueryOptions = (areaCode: string, fiscalYear: number) =>
  queryOptions({
    queryKey: completenessKeys.area(areaCode, fiscalYear),
    queryFn: () => getCompleteness(areaCode, fiscalYear),
    staleTime: 0,
  });

export const useCompleteness = (areaCode: string, fiscalYear: number, { enabled = true } = {}) =>
  useQuery({ ...getCompletenessQueryOptions(areaCode, fiscalYear), enabled });
