import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { ifMatch } from '@/lib/versions';
import { invalidateProvinceReport } from './invalidate-province-report';

type AcceptProvinceReportInput = { deadlineId: string; provinceCode: string; version: number; comment?: string };

/** The department accepts a submitted province report; it is locked until reopened. */
export async function acceptProvinceReport({ deadlineId, provinceCode, version, comment }: AcceptProvinceReportInput) {
  return body(
    await api.POST('/api/v1/deadlines/{deadlineId}/provinces/{provinceCode}/report/accept', {
      params: { path: { deadlineId, provinceCode }, header: { 'If-Match': ifMatch(version) } },
      body: comment ? { comment } : {},
    }),
  );
}

export function useAcceptProvinceReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptProvinceReport,
    onSuccess: (report) => invalidateProvinceReport(queryClient, report),
  });
}
