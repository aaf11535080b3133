import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { fileNameFrom, saveBlob } from '@/lib/download';

/** Fetches the workbook with the bearer token and hands it to the browser as a file. */
export async function downloadLocationReport(areaCode: string): Promise<void> {
  const query = areaCode ? { areaCode } : {};
  const { data, response } = await api.GET('/api/v1/center-location-report.xlsx', {
    params: { query },
    parseAs: 'blob',
  });
  if (!data) throw new Error('The API answered without a workbook');
  const fallback = `center-locations-${areaCode || 'national'}.xlsx`;
  saveBlob(data, fileNameFrom(response.headers.get('Content-Disposition'), fallback));
}

export const useDownloadLocationReport = () => useMutation({ mutationFn: downloadLocationReport });
