import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { ifMatch } from '@/lib/versions';
import { invalidateReport } from './invalidate-report';

type AcceptReportInput = { deadlineId: string; districtCode: string; version: number; comment?: string };

/** Accepts a submitted report; it is locked until reopened. */
export async function acceptDistrictReport({ deadlineId, districtCode, version, comment }: AcceptReportInput) {
  return body(
    await api.POST('/api/v1/deadlines/{deadlineId}/reports/{districtCode}/accept', {
      params: { path: { deadlineId, districtCode }, header: { 'If-Match': ifMatch(version) } },
      body: comment ? { comment } : {},
    }),
  );
}

export function useAcceptDistrictReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptDistrictReport,
    onSuccess: (report) => invalidateReport(queryClient, report),
  });
}
