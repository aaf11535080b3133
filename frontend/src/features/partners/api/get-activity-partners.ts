import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { activityPartnerKeys } from './query-keys';

export async function getActivityPartners(activityId: string) {
  return body(await api.GET('/api/v1/activities/{id}/partners', { params: { path: { id: activityId } } }));
}

export const getActivityPartnersQueryOptions = (activityId: string) =>
  queryOptions({ queryKey: activityPartnerKeys.activity(activityId), queryFn: () => getActivityPartners(activityId) });

export const useActivityPartners = (activityId: string) => useQuery(getActivityPartnersQueryOptions(activityId));
