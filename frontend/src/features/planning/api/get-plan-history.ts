import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { planKeys } from './query-keys';

/** What the plan said when: each save and the confirmation, newest first. */
export async function getPlanHistory(centerId: string, fiscalYear: number) {
  return body(await api.GET('/api/v1/centers/{centerId}/plans/{year}/history', { params: { path: { centerId, year: fiscalYear } } }));
}

export const getPlanHistoryQueryOptions = (centerId: string, fiscalYear: number) =>
  queryOptions({ queryKey: planKeys.history(centerId, fiscalYear), queryFn: () => getPlanHistory(centerId, fiscalYear) });

export const usePlanHistory = (centerId: string, fiscalYear: number, enabled: boolean) =>
  useQuery({ ...getPlanHistoryQueryOptions(centerId, fiscalYear), enabled });
