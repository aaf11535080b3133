import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { isProblem } from '@/lib/problem';
import { planKeys } from './query-keys';

export type Plan = components['schemas']['PlanView'];
export type PlanLine = components['schemas']['PlanLineView'];
export type PlanRequest = components['schemas']['PlanRequest'];

/** A center's plan for the year, or null while it has none (the API's 404 plan.not-found). */
export async function getPlan(centerId: string, fiscalYear: number): Promise<Plan | null> {
  try {
    return body(await api.GET('/api/v1/centers/{centerId}/plans/{year}', { params: { path: { centerId, year: fiscalYear } } }));
  } catch (failure) {
    if (isProblem(failure, 'plan.not-found')) return null;
    throw failure;
  }
}

export const getPlanQueryOptions = (centerId: string, fiscalYear: number) =>
  queryOptions({ queryKey: planKeys.detail(centerId, fiscalYear), queryFn: () => getPlan(centerId, fiscalYear) });

export const usePlan = (centerId: string, fiscalYear: number) => useQuery(getPlanQueryOptions(centerId, fiscalYear));
