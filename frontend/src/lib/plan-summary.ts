import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from './api-client';
import type { components } from './api/schema';
import { planSummaryKeys } from './query-keys';

export type PlanSummary = components['schemas']['PlanSummary'];

/**
 * For the user's area (or one inside it): the share of centers with a plan and of planned lines
 * done, per area one level down. Here because the plans page and the compliance dashboard both show it.
 */
export async function getPlanSummary(areaCode: string, fiscalYear: number) {
  return body(await api.GET('/api/v1/plans/summary', { params: { query: { areaCode: areaCode || undefined, fiscalYear } } }));
}

export const getPlanSummaryQueryOptions = (areaCode: string, fiscalYear: number) =>
  queryOptions({ queryKey: planSummaryKeys.summary(areaCode, fiscalYear), queryFn: () => getPlanSummary(areaCode, fiscalYear) });

export const usePlanSummary = (areaCode: string, fiscalYear: number, enabled = true) =>
  useQuery({ ...getPlanSummaryQueryOptions(areaCode, fiscalYear), enabled });
