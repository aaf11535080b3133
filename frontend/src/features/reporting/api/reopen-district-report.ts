import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { ifMatch } from '@/lib/versions';
import { invalidateReport } from './invalidate-report';

type ReopenReportInput = { deadlineId: string; districtCode: string; version: number; reason: string };

/** Reopens an accepted report for a correction (it goes back to the district as returned). */
export async function reopenDistrictReport({ deadlineId, districtCode, version, reason }: ReopenReportInput) {
  return body(
    await api.POST('/api/v1/deadlines/{deadlineId}/reports/{districtCode}/reopen', {
      params: { path: { deadlineId, districtCode }, header: { 'If-Match': ifMatch(version) } },
      body: { reason },
    }),
  );
}

export function useReopenDistrictReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reopenDistrictReport,
    onSuccess: (report) => invalidateReport(queryClient, report),
  });
}
