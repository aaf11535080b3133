import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { saveBlob } from '@/lib/download';

type DownloadTemplateInput = { id: string; fileName: string };

/** Fetches the request's template with the bearer token and saves it under its name. */
export async function downloadDocumentTemplate({ id, fileName }: DownloadTemplateInput): Promise<void> {
  const { data } = await api.GET('/api/v1/document-requests/{id}/template', { params: { path: { id } }, parseAs: 'blob' });
  if (!data) throw new Error('The API answered without a file');
  saveBlob(data, fileName);
}

export const useDownloadDocumentTemplate = () => useMutation({ mutationFn: downloadDocumentTemplate });
