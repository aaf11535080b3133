import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { lessonKeys } from './query-keys';

/** The center's activities, newest first, for a lesson to link those that show it. */
export async function getActivityOptions(centerId: string) {
  const page = body(await api.GET('/api/v1/activities', { params: { query: { centerId, size: 200, sort: '-heldOn' } } }));
  return page.items.map((activity) => ({ id: activity.id, label: `${activity.heldOn} · ${activity.title}` }));
}

/** The active partners the user may see, by name, for a lesson to name those involved. */
export async function getPartnerOptions() {
  const page = body(await api.GET('/api/v1/partners', { params: { query: { active: true, size: 200, sort: 'name' } } }));
  return page.items.map((partner) => ({ id: partner.id, label: partner.name }));
}

export const useActivityOptions = (centerId: string) =>
  useQuery({
    ...queryOptions({ queryKey: [...lessonKeys.all(), 'activity-options', centerId] as const, queryFn: () => getActivityOptions(centerId) }),
    enabled: Boolean(centerId),
  });

export const usePartnerOptions = () =>
  useQuery(queryOptions({ queryKey: [...lessonKeys.all(), 'partner-options'] as const, queryFn: getPartnerOptions }));
