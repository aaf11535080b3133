import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { districtReportKeys } from './query-keys';

export type DistrictReport = components['schemas']['DistrictReportView'];
export type ReportState = components['schemas']['ReportState'];
export type Standing = components['schemas']['Standing'];

export async function getDistrictReport(deadlineId: string, districtCode: string) {
  return body(
    await api.GET('/api/v1/deadlines/{deadlineId}/reports/{districtCode}', {
      params: { path: { deadlineId, districtCode } },
    }),
  );
}

// Figures are live until submission and the review may change the state at any time, so a
// report is fetched afresh whenever a page opens it.
export const getDistrictReportQueryOptions = (deadlineId: string, districtCode: string) =>
  queryOptions({
    queryKey: districtReportKeys.detail(deadlineId, districtCode),
    queryFn: () => getDistrictReport(deadlineId, districtCode),
    staleTime: 0,
  });

export const useDistrictReport = (deadlineId: string, districtCode: string) =>
  useQuery(getDistrictReportQueryOptions(deadlineId, districtCode));

/** The reports of many districts for one deadline (a province's review queue). */
export const useDistrictReports = (deadlineId: string, districtCodes: readonly string[]) =>
  useQueries({
    queries: deadlineId ? districtCodes.map((code) => getDistrictReportQueryOptions(deadlineId, code)) : [],
  });
