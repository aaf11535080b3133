import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { activityKeys } from '@/lib/query-keys';

export type Photo = components['schemas']['PhotoView'];

export async function getActivityPhotos(id: string) {
  return body(await api.GET('/api/v1/activities/{id}/photos', { params: { path: { id } } }));
}

export const getActivityPhotosQueryOptions = (id: string) =>
  queryOptions({ queryKey: activityKeys.photos(id), queryFn: () => getActivityPhotos(id) });

export const useActivityPhotos = (id: string) => useQuery(getActivityPhotosQueryOptions(id));
