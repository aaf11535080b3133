import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { fileNameFrom, saveBlob } from '@/lib/download';

type DownloadInput = { deadlineId: string; provinceCode: string };

/** Fetches the province roll-up as a workbook with the bearer token and saves it. */
export async function downloadProvinceReport({ deadlineId, provinceCode }: DownloadInput): Promise<void> {
  const { data, response } = await api.GET('/api/v1/deadlines/{deadlineId}/provinces/{provinceCode}/report.xlsx', {
    params: { path: { deadlineId, provinceCode } },
    parseAs: 'blob',
  });
  if (!data) throw new Error('The API answered without a workbook');
  saveBlob(data, fileNameFrom(response.headers.get('Content-Disposition'), `report-province-${provinceCode}.xlsx`));
}

export const useDownloadProvinceReport = () => useMutation({ mutationFn: downloadProvinceReport });
