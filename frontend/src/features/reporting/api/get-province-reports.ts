import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { provinceReportKeys } from './query-keys';

export type ProvinceReportList = components['schemas']['ProvinceReportListView'];
export type ProvinceStanding = components['schemas']['ProvinceStandingView'];

/** Where each province's report of a deadline stands: the whole country for the department, a province its own. */
export async function getProvinceReports(deadlineId: string) {
  return body(
    await api.GET('/api/v1/deadlines/{deadlineId}/province-reports', { params: { path: { deadlineId } } }),
  );
}

export const getProvinceReportsQueryOptions = (deadlineId: string) =>
  queryOptions({
    queryKey: provinceReportKeys.list(deadlineId),
    queryFn: () => getProvinceReports(deadlineId),
    staleTime: 0,
  });

export const useProvinceReports = (deadlineId: string, { enabled = true } = {}) =>
  useQuery({ ...getProvinceReportsQueryOptions(deadlineId), enabled: enabled && Boolean(deadlineId) });
