import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { ifMatch } from '@/lib/versions';
import { invalidateProvinceReport } from './invalidate-province-report';
import type { Narrative } from './write-district-report';

type WriteProvinceReportInput = {
  deadlineId: string;
  provinceCode: string;
  /** The version edited; absent while the report is not started (the first save creates it). */
  version?: number;
  narrative: Narrative;
};

export async function writeProvinceReport({ deadlineId, provinceCode, version, narrative }: WriteProvinceReportInput) {
  const header = version === undefined ? {} : { 'If-Match': ifMatch(version) };
  return body(
    await api.PUT('/api/v1/deadlines/{deadlineId}/provinces/{provinceCode}/report', {
      params: { path: { deadlineId, provinceCode }, header },
      body: narrative,
    }),
  );
}

export function useWriteProvinceReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: writeProvinceReport,
    onSuccess: (report) => invalidateProvinceReport(queryClient, report),
  });
}
