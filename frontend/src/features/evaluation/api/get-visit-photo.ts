import { api } from '@/lib/api-client';

/** One photo of a visit, fetched with the bearer token (a plain link could not carry it). */
export async function getVisitPhoto(visitId: string, photoId: string): Promise<Blob> {
  const { data } = await api.GET('/api/v1/visits/{id}/photos/{photoId}', {
    params: { path: { id: visitId, photoId } },
    parseAs: 'blob',
  });
  if (!data) throw new Error('The API answered without a photo');
  return data;
}
