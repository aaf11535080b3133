import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { evaluationKeys } from './query-keys';

export type VisitCoverage = components['schemas']['VisitCoverage'];

/** The share of the area's active centers visited, quarter by quarter, one row per province or district. */
export async function getCoverage(areaCode: string, fiscalYear: number) {
  return body(await api.GET('/api/v1/visits/coverage', { params: { query: { areaCode: areaCode || undefined, fiscalYear } } }));
}

export const getCoverageQueryOptions = (areaCode: string, fiscalYear: number) =>
  queryOptions({ queryKey: evaluationKeys.coverage(areaCode, fiscalYear), queryFn: () => getCoverage(areaCode, fiscalYear) });

export const useCoverage = (areaCode: string, fiscalYear: number) => useQuery(getCoverageQueryOptions(areaCode, fiscalYear));
