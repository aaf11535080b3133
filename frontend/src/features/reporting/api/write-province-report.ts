import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { ifMatch, RETURN_MINIMAL, versionOf } from '@/lib/versions';
import type { ProvinceReport } from './get-province-report';
import { invalidateProvinceReport } from './invalidate-province-report';
import { provinceReportKeys } from './query-keys';
import { withSavedNarrative } from './saved-narrative';
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

/** Saves the narrative of an existing report, answered with its new version only (nothing of the districts is read). */
export async function saveProvinceNarrative({
  deadlineId,
  provinceCode,
  version,
  narrative,
}: WriteProvinceReportInput & { version: number }) {
  const { response } = await api.PUT('/api/v1/deadlines/{deadlineId}/provinces/{provinceCode}/report', {
    params: { path: { deadlineId, provinceCode }, header: { 'If-Match': ifMatch(version), ...RETURN_MINIMAL } },
    body: narrative,
  });
  return versionOf(response.headers.get('ETag'));
}

export function useWriteProvinceReport() {
  const queryClient = useQueryClient();
  return useMutation({
    // The report on screen is the one in the cache: a save of it needs only the new version back.
    mutationFn: async (input: WriteProvinceReportInput) => {
      const shown = queryClient.getQueryData<ProvinceReport>(provinceReportKeys.detail(input.deadlineId, input.provinceCode));
      if (input.version === undefined || shown?.version !== input.version) return writeProvinceReport(input);
      return withSavedNarrative(shown, input.narrative, await saveProvinceNarrative({ ...input, version: input.version }));
    },
    onSuccess: (report) => invalidateProvinceReport(queryClient, report),
  });
}
