import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { meetingKeys } from './query-keys';

/** Centers of the user's area whose name holds `text`, for choosing the center a meeting was held at. */
export async function findCenters(text: string) {
  const page = body(await api.GET('/api/v1/centers', { params: { query: { q: text || undefined, size: 50, sort: 'name' } } }));
  return page.items.map((center) => ({ id: center.id, name: center.name, subdistrict: center.subdistrict }));
}

export const findCentersQueryOptions = (text: string) =>
  queryOptions({ queryKey: meetingKeys.centers(text), queryFn: () => findCenters(text), placeholderData: keepPreviousData });

export const useFindCenters = (text: string, enabled: boolean) => useQuery({ ...findCentersQueryOptions(text), enabled });
