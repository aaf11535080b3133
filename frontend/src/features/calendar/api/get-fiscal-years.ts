import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type FiscalYear = components['schemas']['FiscalYearView'];
export type FiscalQuarter = components['schemas']['FiscalQuarter'];

export async function getFiscalYears() {
  return body(await api.GET('/api/v1/fiscal-years'));
}

export const getFiscalYearsQueryOptions = () =>
  queryOptions({ queryKey: ['fiscal-years'], queryFn: getFiscalYears, staleTime: 60 * 60 * 1000 });

export const useFiscalYears = () => useQuery(getFiscalYearsQueryOptions());
