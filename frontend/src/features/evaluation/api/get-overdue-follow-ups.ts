import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { evaluationKeys } from './query-keys';

/** Visits whose follow-up is past due and not done, in the user's area. */
export async function getOverdueFollowUps() {
  return body(await api.GET('/api/v1/visits/overdue-follow-ups'));
}

export const getOverdueFollowUpsQueryOptions = () =>
  queryOptions({ queryKey: evaluationKeys.overdue(), queryFn: getOverdueFollowUps });

export const useOverdueFollowUps = () => useQuery(getOverdueFollowUpsQueryOptions());
