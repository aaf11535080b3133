import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { components } from '@/lib/api/schema';

export type FiscalYear = components['schemas']['FiscalYearView'];
export type FiscalQuarter = components['schemas']['FiscalQuarter'];

export async function getFiscalYears() {
  return body(await api.GET('/api/v1/fiscal-years'));
}

export const getFiscalYearsQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.fiscalYears(), queryFn: getFiscalYears, staleTime: 60 * 60 * 1000 });

export const useFiscalYears = () => useQuery(getFiscalYearsQueryOptions());
