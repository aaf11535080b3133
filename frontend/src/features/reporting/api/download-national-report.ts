import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { fileNameFrom, saveBlob } from '@/lib/download';

/** Fetches the department's roll-up of a quarterly deadline as a workbook and saves it. */
export async function downloadNationalReport({ deadlineId }: { deadlineId: string }): Promise<void> {
  const { data, response } = await api.GET('/api/v1/deadlines/{deadlineId}/national-report.xlsx', {
    params: { path: { deadlineId } },
    parseAs: 'blob',
  });
  if (!data) throw new Error('The API answered without a workbook');
  saveBlob(data, fileNameFrom(response.headers.get('Content-Disposition'), 'operation-report-national.xlsx'));
}

export const useDownloadNationalReport = () => useMutation({ mutationFn: downloadNationalReport });
