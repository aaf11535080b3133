import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { provinceReportKeys } from './query-keys';

export type ProvinceReport = components['schemas']['ProvinceReportView'];
export type DistrictStanding = components['schemas']['DistrictStandingView'];
export type DistrictNarrative = components['schemas']['DistrictNarrativeView'];

export async function getProvinceReport(deadlineId: string, provinceCode: string) {
  return body(
    await api.GET('/api/v1/deadlines/{deadlineId}/provinces/{provinceCode}/report', {
      params: { path: { deadlineId, provinceCode } },
    }),
  );
}

// Figures and the districts' table are live until the province submits, and the department may
// review it at any time, so a page opening the report fetches it afresh.
export const getProvinceReportQueryOptions = (deadlineId: string, provinceCode: string) =>
  queryOptions({
    queryKey: provinceReportKeys.detail(deadlineId, provinceCode),
    queryFn: () => getProvinceReport(deadlineId, provinceCode),
    staleTime: 0,
  });

export const useProvinceReport = (deadlineId: string, provinceCode: string) =>
  useQuery(getProvinceReportQueryOptions(deadlineId, provinceCode));
