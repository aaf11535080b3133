import { api } from '@/lib/api-client';

/** One file of a meeting, fetched with the bearer token (a plain link could not carry it). */
export async function getMeetingFile(meetingId: string, fileId: string): Promise<Blob> {
  const { data } = await api.GET('/api/v1/meetings/{id}/files/{fileId}', {
    params: { path: { id: meetingId, fileId } },
    parseAs: 'blob',
  });
  if (!data) throw new Error('The API answered without a file');
  return data;
}
