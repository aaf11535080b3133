import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { activityKeys } from '@/lib/query-keys';
import { ifMatch } from '@/lib/versions';
import { invalidateActivityFigures } from './create-activity';

export type ActivityVoidRequest = components['schemas']['ActivityVoidRequest'];

type VoidActivityInput = { id: string; version: number; request: ActivityVoidRequest };

/** Voids a duplicate or mistaken activity; If-Match names the version the officer saw. */
export async function voidActivity({ id, version, request }: VoidActivityInput) {
  return body(
    await api.POST('/api/v1/activities/{id}/void', {
      params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
      body: request,
    }),
  );
}

export function useVoidActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: voidActivity,
    onSuccess: async (activity) => {
      // The answer is the activity as it now is (voided, new version), so the page needs no refetch.
      queryClient.setQueryData(activityKeys.detail(activity.id), activity);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: activityKeys.history(activity.id) }),
        // It leaves every list and figure at once.
        invalidateActivityFigures(queryClient),
      ]);
    },
  });
}
