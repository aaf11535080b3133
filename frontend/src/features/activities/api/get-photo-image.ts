import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { activityKeys } from '@/lib/query-keys';

export type PhotoVariant = 'thumbnail' | 'full';

/**
 * A photo's bytes. Images need the bearer token, so they cannot be plain <img src> links: they
 * are fetched here and shown through object URLs.
 */
export async function getPhotoImage(activityId: string, photoId: string, variant: PhotoVariant): Promise<Blob> {
  const path = { id: activityId, photoId };
  const { data } =
    variant === 'thumbnail'
      ? await api.GET('/api/v1/activities/{id}/photos/{photoId}/thumbnail', { params: { path }, parseAs: 'blob' })
      : await api.GET('/api/v1/activities/{id}/photos/{photoId}', { params: { path }, parseAs: 'blob' });
  if (!data) throw new Error('The API answered without an image');
  return data;
}

export const getPhotoImageQueryOptions = (activityId: string, photoId: string, variant: PhotoVariant) =>
  queryOptions({
    queryKey: activityKeys.photo(activityId, photoId, variant),
    queryFn: () => getPhotoImage(activityId, photoId, variant),
    // A stored photo never changes.
    staleTime: Infinity,
    gcTime: 10 * 60 * 1000,
  });
