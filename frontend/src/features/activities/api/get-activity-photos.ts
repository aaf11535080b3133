import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { activityKeys } from '@/lib/query-keys';

export type Photo = components['schemas']['PhotoView'];

/** The server keeps at most this many photos per activity. */
export const MAX_PHOTOS = 10;
/** The server refuses larger files (photo.too-large). */
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
export const PHOTO_TYPES: readonly string[] = ['image/jpeg', 'image/png', 'image/webp'];

export async function getActivityPhotos(id: string) {
  return body(await api.GET('/api/v1/activities/{id}/photos', { params: { path: { id } } }));
}

export const getActivityPhotosQueryOptions = (id: string) =>
  queryOptions({ queryKey: activityKeys.photos(id), queryFn: () => getActivityPhotos(id) });

export const useActivityPhotos = (id: string) => useQuery(getActivityPhotosQueryOptions(id));
