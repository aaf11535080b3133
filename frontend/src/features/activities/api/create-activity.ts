import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { activityKeys, complianceKeys, coverageKeys } from '@/lib/query-keys';

export type ActivityRequest = components['schemas']['ActivityRequest'];

type CreateActivityInput = {
  /** Chosen when the form opens and kept for retries, so a retry never records the activity twice. */
  idempotencyKey: string;
  request: ActivityRequest;
};

/** Answers with the activity, new (201) or made by an earlier try with the same key (200). */
export async function createActivity({ idempotencyKey, request }: CreateActivityInput) {
  return body(
    await api.POST('/api/v1/activities', {
      params: { header: { 'Idempotency-Key': idempotencyKey } },
      body: request,
    }),
  );
}

/** What a new or changed activity makes out of date: lists, and the figures it counts in. */
export function invalidateActivityFigures(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: activityKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: complianceKeys.all() }),
    queryClient.invalidateQueries({ queryKey: coverageKeys.all() }),
  ]);
}

export function useCreateActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createActivity,
    onSuccess: async (activity) => {
      queryClient.setQueryData(activityKeys.detail(activity.id), activity);
      await invalidateActivityFigures(queryClient);
    },
  });
}
