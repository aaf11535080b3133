import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { completenessKeys } from './query-keys';

/** Provinces × the year's quarterly deadlines: where each province's report to the department stands. */
export async function getProvinceReportCompleteness(fiscalYear: number) {
  return body(await api.GET('/api/v1/completeness/province-reports', { params: { query: { fiscalYear } } }));
}

export const getProvinceReportCompletenessQueryOptions = (fiscalYear: number) =>
  queryOptions({
    queryKey: completenessKeys.provinceReports(fiscalYear),
    queryFn: () => getProvinceReportCompleteness(fiscalYear),
    staleTime: 0,
  });

export const useProvinceReportCompleteness = (fiscalYear: number) =>
  useQuery(getProvinceReportCompletenessQueryOptions(fiscalYear));
