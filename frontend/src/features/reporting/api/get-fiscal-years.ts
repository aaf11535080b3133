import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type FiscalYear = components['schemas']['FiscalYearView'];

export async function getFiscalYears() {
  return body(await api.GET('/api/v1/fiscal-years'));
}

// The same key as other features use, so the list is fetched once per session.
export const getFiscalYearsQueryOptions = () =>
  queryOptions({ queryKey: ['fiscal-years'], queryFn: getFiscalYears, staleTime: 60 * 60 * 1000 });

export const useFiscalYears = () => useQuery(getFiscalYearsQueryOptions());
