import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { ifMatch } from '@/lib/versions';
import { invalidateDeadlines } from './move-deadline';

/** `version` is the deadline's own (DeadlineView.version), as for moving it. */
type SetProvinceReportDueInput = { id: string; version: number; dueOn: string };

/** The department sets when provinces owe it their report of a quarterly deadline. */
export async function setProvinceReportDue({ id, version, dueOn }: SetProvinceReportDueInput) {
  return body(
    await api.PUT('/api/v1/deadlines/{id}/province-report-due-on', {
      params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
      body: { dueOn },
    }),
  );
}

export function useSetProvinceReportDue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setProvinceReportDue,
    // The date judges every province's standing, so the queue and the reports refresh with the deadlines.
    onSuccess: () => invalidateDeadlines(queryClient),
  });
}
