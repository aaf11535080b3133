import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { evaluationKeys } from './query-keys';

export type CenterRanking = components['schemas']['CenterRanking'];

/** Centers of the area by their latest visit's total in the year, best first. */
export async function getRankings(areaCode: string, fiscalYear: number) {
  return body(await api.GET('/api/v1/visits/rankings', { params: { query: { areaCode: areaCode || undefined, fiscalYear } } }));
}

export const getRankingsQueryOptions = (areaCode: string, fiscalYear: number) =>
  queryOptions({ queryKey: evaluationKeys.rankings(areaCode, fiscalYear), queryFn: () => getRankings(areaCode, fiscalYear) });

export const useRankings = (areaCode: string, fiscalYear: number) => useQuery(getRankingsQueryOptions(areaCode, fiscalYear));
