import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { evaluationKeys, type VisitsQuery } from './query-keys';

export type VisitSummary = components['schemas']['VisitSummary'];

/** Visits of centers in the user's area, newest first; with centerId, one center's history. */
export async function getVisits(query: VisitsQuery) {
  return body(await api.GET('/api/v1/visits', { params: { query } }));
}

export const getVisitsQueryOptions = (query: VisitsQuery) =>
  queryOptions({ queryKey: evaluationKeys.visits(query), queryFn: () => getVisits(query), placeholderData: keepPreviousData });

export const useVisits = (query: VisitsQuery) => useQuery(getVisitsQueryOptions(query));
