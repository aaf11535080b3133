import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { ifMatch } from '@/lib/versions';
import { completenessKeys, deadlineKeys, districtReportKeys, myDeadlineKeys, provinceReportKeys } from './query-keys';

type MoveDeadlineInput = { id: string; version: number; dueOn: string };

/** The department moves a deadline for the whole country. */
export async function moveDeadline({ id, version, dueOn }: MoveDeadlineInput) {
  return body(
    await api.PUT('/api/v1/deadlines/{id}/due-on', {
      params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
      body: { dueOn },
    }),
  );
}

export function useMoveDeadline() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveDeadline,
    onSuccess: () => invalidateDeadlines(queryClient),
  });
}

/** Dates feed the deadline lists, countdowns, standings (districts' and provinces') and the matrices. */
export function invalidateDeadlines(queryClient: ReturnType<typeof useQueryClient>) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: deadlineKeys.all() }),
    queryClient.invalidateQueries({ queryKey: myDeadlineKeys.all() }),
    queryClient.invalidateQueries({ queryKey: completenessKeys.all() }),
    queryClient.invalidateQueries({ queryKey: districtReportKeys.all() }),
    queryClient.invalidateQueries({ queryKey: provinceReportKeys.all() }),
  ]);
}
