import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { nationalReportKeys } from './query-keys';

export type NationalYearReport = components['schemas']['NationalYearReportView'];

/** The department's roll-up of a fiscal year: its four quarters, the nation and each province. */
export async function getNationalYearReport(year: number) {
  return body(await api.GET('/api/v1/fiscal-years/{year}/national-report', { params: { path: { year } } }));
}

// Read afresh when a page opens it, as the quarter's roll-up is.
export const getNationalYearReportQueryOptions = (year: number) =>
  queryOptions({
    queryKey: nationalReportKeys.year(year),
    queryFn: () => getNationalYearReport(year),
    staleTime: 0,
  });

export const useNationalYearReport = (year: number) =>
  useQuery({ ...getNationalYearReportQueryOptions(year), enabled: year > 0 });
