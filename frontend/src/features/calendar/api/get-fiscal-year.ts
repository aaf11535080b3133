import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { FiscalYear } from './get-fiscal-years';

/** One fiscal year with its quarters, its operation period and the version to change it with. */
export async function getFiscalYear(year: number): Promise<FiscalYear> {
  return body(await api.GET('/api/v1/fiscal-years/{year}', { params: { path: { year } } }));
}

export const getFiscalYearQueryOptions = (year: number) =>
  queryOptions({ queryKey: queryKeys.fiscalYear(year), queryFn: () => getFiscalYear(year) });

export const useFiscalYear = (year: number) => useQuery(getFiscalYearQueryOptions(year));
