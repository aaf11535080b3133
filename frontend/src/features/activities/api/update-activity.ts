import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { activityKeys } from '@/lib/query-keys';
import { ifMatch } from '@/lib/versions';
import { invalidateActivityFigures, type ActivityRequest } from './create-activity';

type UpdateActivityInput = { id: string; version: number; request: ActivityRequest };

export async function updateActivity({ id, version, request }: UpdateActivityInput) {
  return body(
    await api.PUT('/api/v1/activities/{id}', {
      params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
      body: request,
    }),
  );
}

export function useUpdateActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateActivity,
    onSuccess: async (activity) => {
      queryClient.setQueryData(activityKeys.detail(activity.id), activity);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: activityKeys.history(activity.id) }),
        invalidateActivityFigures(queryClient),
      ]);
    },
  });
}
