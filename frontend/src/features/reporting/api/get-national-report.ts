import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { nationalReportKeys } from './query-keys';

export type NationalReport = components['schemas']['NationalReportView'];

/** The department's roll-up of a quarterly deadline: each province as it reported, and the nation's totals. */
export async function getNationalReport(deadlineId: string) {
  return body(await api.GET('/api/v1/deadlines/{deadlineId}/national-report', { params: { path: { deadlineId } } }));
}

// Provinces submit and districts report all along, so the roll-up is read afresh when a page opens it.
export const getNationalReportQueryOptions = (deadlineId: string) =>
  queryOptions({
    queryKey: nationalReportKeys.deadline(deadlineId),
    queryFn: () => getNationalReport(deadlineId),
    staleTime: 0,
  });

export const useNationalReport = (deadlineId: string) =>
  useQuery({ ...getNationalReportQueryOptions(deadlineId), enabled: Boolean(deadlineId) });
