import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { ifMatch } from '@/lib/versions';
import { invalidateReport } from './invalidate-report';

type ReturnReportInput = { deadlineId: string; districtCode: string; version: number; comment: string };

/** Sends a submitted report back to the district, saying what to change. */
export async function returnDistrictReport({ deadlineId, districtCode, version, comment }: ReturnReportInput) {
  return body(
    await api.POST('/api/v1/deadlines/{deadlineId}/reports/{districtCode}/return', {
      params: { path: { deadlineId, districtCode }, header: { 'If-Match': ifMatch(version) } },
      body: { comment },
    }),
  );
}

export function useReturnDistrictReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: returnDistrictReport,
    onSuccess: (report) => invalidateReport(queryClient, report),
  });
}
