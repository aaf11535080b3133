import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { ifMatch } from '@/lib/versions';
import { invalidateReport } from './invalidate-report';
import { saveDistrictNarrative, writeDistrictReport, type Narrative } from './write-district-report';

type SubmitReportInput = {
  deadlineId: string;
  districtCode: string;
  version?: number;
  /** Unsaved narrative (or a report not started yet) is saved first, then submitted. */
  narrative?: Narrative;
};

export async function submitDistrictReport({ deadlineId, districtCode, version, narrative }: SubmitReportInput) {
  let current = version;
  if (narrative || current === undefined) {
    // only the new version is needed before the submission (which answers the whole report)
    current =
      current === undefined
        ? (await writeDistrictReport({ deadlineId, districtCode, narrative: narrative ?? {} })).version
        : await saveDistrictNarrative({ deadlineId, districtCode, version: current, narrative: narrative ?? {} });
  }
  return body(
    await api.POST('/api/v1/deadlines/{deadlineId}/reports/{districtCode}/submit', {
      params: { path: { deadlineId, districtCode }, header: { 'If-Match': ifMatch(current) } },
    }),
  );
}

export function useSubmitDistrictReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitDistrictReport,
    onSuccess: (report) => invalidateReport(queryClient, report),
  });
}
