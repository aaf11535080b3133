import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { ifMatch } from '@/lib/versions';
import { invalidateProvinceReport } from './invalidate-province-report';
import type { Narrative } from './write-district-report';
import { saveProvinceNarrative, writeProvinceReport } from './write-province-report';

type SubmitProvinceReportInput = {
  deadlineId: string;
  provinceCode: string;
  version?: number;
  /** Unsaved narrative (or a report not started yet) is saved first, then submitted. */
  narrative?: Narrative;
};

/** Sends the province's report to the department; its figures and districts' table freeze. */
export async function submitProvinceReport({ deadlineId, provinceCode, version, narrative }: SubmitProvinceReportInput) {
  let current = version;
  if (narrative || current === undefined) {
    // only the new version is needed before the submission (which answers the whole report)
    current =
      current === undefined
        ? (await writeProvinceReport({ deadlineId, provinceCode, narrative: narrative ?? {} })).version
        : await saveProvinceNarrative({ deadlineId, provinceCode, version: current, narrative: narrative ?? {} });
  }
  return body(
    await api.POST('/api/v1/deadlines/{deadlineId}/provinces/{provinceCode}/report/submit', {
      params: { path: { deadlineId, provinceCode }, header: { 'If-Match': ifMatch(current) } },
    }),
  );
}

export function useSubmitProvinceReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitProvinceReport,
    onSuccess: (report) => invalidateProvinceReport(queryClient, report),
  });
}
