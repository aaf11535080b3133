import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { saveBlob } from '@/lib/download';

type DownloadFileInput = { id: string; officeCode: string; fileId: string; fileName: string };

/** Fetches one file of an answer with the bearer token and saves it under its name. */
export async function downloadDocumentFile({ id, officeCode, fileId, fileName }: DownloadFileInput): Promise<void> {
  const { data } = await api.GET('/api/v1/document-requests/{id}/answers/{officeCode}/files/{fileId}', {
    params: { path: { id, officeCode, fileId } },
    parseAs: 'blob',
  });
  if (!data) throw new Error('The API answered without a file');
  saveBlob(data, fileName);
}

export const useDownloadDocumentFile = () => useMutation({ mutationFn: downloadDocumentFile });
