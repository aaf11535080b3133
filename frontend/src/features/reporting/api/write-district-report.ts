import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { ifMatch, RETURN_MINIMAL, versionOf } from '@/lib/versions';
import type { DistrictReport } from './get-district-report';
import { invalidateReport } from './invalidate-report';
import { districtReportKeys } from './query-keys';
import { withSavedNarrative } from './saved-narrative';

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

/** Saves the narrative of an existing report, answered with its new version only (no figure is computed). */
export async function saveDistrictNarrative({ deadlineId, districtCode, version, narrative }: WriteReportInput & { version: number }) {
  const { response } = await api.PUT('/api/v1/deadlines/{deadlineId}/reports/{districtCode}', {
    params: { path: { deadlineId, districtCode }, header: { 'If-Match': ifMatch(version), ...RETURN_MINIMAL } },
    body: narrative,
  });
  return versionOf(response.headers.get('ETag'));
}

export function useWriteDistrictReport() {
  const queryClient = useQueryClient();
  return useMutation({
    // The report on screen is the one in the cache: a save of it needs only the new version back.
    mutationFn: async (input: WriteReportInput) => {
      const shown = queryClient.getQueryData<DistrictReport>(districtReportKeys.detail(input.deadlineId, input.districtCode));
      if (input.version === undefined || shown?.version !== input.version) return writeDistrictReport(input);
      return withSavedNarrative(shown, input.narrative, await saveDistrictNarrative({ ...input, version: input.version }));
    },
    onSuccess: (report) => invalidateReport(queryClient, report),
  });
}
