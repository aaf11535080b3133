import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { planSummaryKeys } from '@/lib/query-keys';
import { ifMatch } from '@/lib/versions';
import type { Plan, PlanRequest } from './get-plan';
import { planKeys } from './query-keys';

type PlanPath = { centerId: string; fiscalYear: number };
const path = ({ centerId, fiscalYear }: PlanPath) => ({ centerId, year: fiscalYear });

/** Makes the year's plan (no version yet) or changes it (with its version as If-Match). */
export async function putPlan(input: PlanPath & { version?: number; request: PlanRequest }) {
  return body(
    await api.PUT('/api/v1/centers/{centerId}/plans/{year}', {
      params: { path: path(input), header: input.version === undefined ? undefined : { 'If-Match': ifMatch(input.version) } },
      body: input.request,
    }),
  );
}

export async function confirmPlan(input: PlanPath & { version: number }) {
  return body(
    await api.POST('/api/v1/centers/{centerId}/plans/{year}/confirm', {
      params: { path: path(input), header: { 'If-Match': ifMatch(input.version) } },
    }),
  );
}

export async function copyPlanFromLastYear(input: PlanPath) {
  return body(await api.POST('/api/v1/centers/{centerId}/plans/{year}/copy-from-last-year', { params: { path: path(input) } }));
}

/** Each write answers the plan: it becomes the cached detail, and summaries and the history refresh. */
function usePlanMutation<I>(mutationFn: (input: I) => Promise<Plan>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (plan) => {
      queryClient.setQueryData(planKeys.detail(plan.centerId, plan.fiscalYear), plan);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: planKeys.history(plan.centerId, plan.fiscalYear) }),
        queryClient.invalidateQueries({ queryKey: planSummaryKeys.all() }),
      ]);
    },
  });
}

export const usePutPlan = () => usePlanMutation(putPlan);
export const useConfirmPlan = () => usePlanMutation(confirmPlan);
export const useCopyPlan = () => usePlanMutation(copyPlanFromLastYear);
