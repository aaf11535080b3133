import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { deadlineKeys } from './query-keys';

export type Deadline = components['schemas']['DeadlineView'];
export type DeadlineRef = components['schemas']['DeadlineRef'];
export type DeadlineKind = components['schemas']['Kind1'];

/** The deadlines of a fiscal year by date, with the caller's province's own dates. */
export async function getDeadlines(fiscalYear: number) {
  return body(await api.GET('/api/v1/fiscal-years/{year}/deadlines', { params: { path: { year: fiscalYear } } }));
}

export const getDeadlinesQueryOptions = (fiscalYear: number) =>
  queryOptions({ queryKey: deadlineKeys.year(fiscalYear), queryFn: () => getDeadlines(fiscalYear) });

export const useDeadlines = (fiscalYear: number) => useQuery(getDeadlinesQueryOptions(fiscalYear));
