import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { ifMatch } from '@/lib/versions';
import { invalidateProvinceReport } from './invalidate-province-report';

type ReopenProvinceReportInput = { deadlineId: string; provinceCode: string; version: number; reason: string };

/** Reopens an accepted province report for a correction (it goes back to the province as returned). */
export async function reopenProvinceReport({ deadlineId, provinceCode, version, reason }: ReopenProvinceReportInput) {
  return body(
    await api.POST('/api/v1/deadlines/{deadlineId}/provinces/{provinceCode}/report/reopen', {
      params: { path: { deadlineId, provinceCode }, header: { 'If-Match': ifMatch(version) } },
      body: { reason },
    }),
  );
}

export function useReopenProvinceReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reopenProvinceReport,
    onSuccess: (report) => invalidateProvinceReport(queryClient, report),
  });
}
