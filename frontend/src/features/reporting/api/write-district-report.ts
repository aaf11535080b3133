import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { ifMatch } from '@/lib/versions';
import { invalidateReport } from './invalidate-report';

export type Narrative = components['schemas']['ReportNarrativeRequest'];

type WriteReportInput = {
  deadlineId: string;
  districtCode: string;
  /** The version edited; absent while the report is not started (the first save creates it). */
  version?: number;
  narrative: Narrative;
};

export async function writeDistrictReport({ deadlineId, districtCode, version, narrative }: WriteReportInput) {
  const header = version === undefined ? {} : { 'If-Match': ifMatch(version) };
  return body(
    await api.PUT('/api/v1/deadlines/{deadlineId}/reports/{districtCode}', {
      params: { path: { deadlineId, districtCode }, header },
      body: narrative,
    }),
  );
}

export function useWriteDistrictReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: writeDistrictReport,
    onSuccess: (report) => invalidateReport(queryClient, report),
  });
}
