import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { fileNameFrom, saveBlob } from '@/lib/download';

/** Fetches every submitted answer's files as one zip (a folder per office) and saves it. */
export async function downloadDocumentAnswers(id: string): Promise<void> {
  const { data, response } = await api.GET('/api/v1/document-requests/{id}/answers.zip', {
    params: { path: { id } },
    parseAs: 'blob',
  });
  if (!data) throw new Error('The API answered without a zip');
  saveBlob(data, fileNameFrom(response.headers.get('Content-Disposition'), `document-request-${id}.zip`));
}

export const useDownloadDocumentAnswers = () => useMutation({ mutationFn: downloadDocumentAnswers });
