import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { ifMatch } from '@/lib/versions';
import { invalidateProvinceReport } from './invalidate-province-report';

type ReturnProvinceReportInput = { deadlineId: string; provinceCode: string; version: number; comment: string };

/** The department sends a submitted province report back, saying what to change. */
export async function returnProvinceReport({ deadlineId, provinceCode, version, comment }: ReturnProvinceReportInput) {
  return body(
    await api.POST('/api/v1/deadlines/{deadlineId}/provinces/{provinceCode}/report/return', {
      params: { path: { deadlineId, provinceCode }, header: { 'If-Match': ifMatch(version) } },
      body: { comment },
    }),
  );
}

export function useReturnProvinceReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: returnProvinceReport,
    onSuccess: (report) => invalidateProvinceReport(queryClient, report),
  });
}
