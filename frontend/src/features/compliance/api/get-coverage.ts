import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { coverageKeys } from '@/lib/query-keys';

export type Coverage = components['schemas']['CoverageView'];
export type CoverageRow = components['schemas']['CoverageRow'];

export type CoverageQuery = { areaCode: string; fiscalYear: number };

export async function getCoverage({ areaCode, fiscalYear }: CoverageQuery) {
  const query = { fiscalYear, ...(areaCode ? { areaCode } : {}) };
  return body(await api.GET('/api/v1/coverage', { params: { query } }));
}

export const getCoverageQueryOptions = (query: CoverageQuery) =>
  queryOptions({
    queryKey: coverageKeys.figures(query),
    queryFn: () => getCoverage(query),
    staleTime: 0,
    placeholderData: keepPreviousData,
  });

export const useCoverage = (query: CoverageQuery, enabled = true) =>
  useQuery({ ...getCoverageQueryOptions(query), enabled });
