import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { planKeys } from './query-keys';

export type PlanSummary = components['schemas']['PlanSummary'];

/** For the user's area (or one inside it): the share of centers with a plan and of planned lines done. */
export async function getPlanSummary(areaCode: string, fiscalYear: number) {
  return body(await api.GET('/api/v1/plans/summary', { params: { query: { areaCode: areaCode || undefined, fiscalYear } } }));
}

export const getPlanSummaryQueryOptions = (areaCode: string, fiscalYear: number) =>
  queryOptions({ queryKey: planKeys.summary(areaCode, fiscalYear), queryFn: () => getPlanSummary(areaCode, fiscalYear) });

export const usePlanSummary = (areaCode: string, fiscalYear: number) => useQuery(getPlanSummaryQueryOptions(areaCode, fiscalYear));
