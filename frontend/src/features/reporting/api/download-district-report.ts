import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { fileNameFrom, saveBlob } from '@/lib/download';

type DownloadInput = { deadlineId: string; districtCode: string };

/** Fetches the district's official form as a workbook with the bearer token and saves it. */
export async function downloadDistrictReport({ deadlineId, districtCode }: DownloadInput): Promise<void> {
  const { data, response } = await api.GET('/api/v1/deadlines/{deadlineId}/reports/{districtCode}.xlsx', {
    params: { path: { deadlineId, districtCode } },
    parseAs: 'blob',
  });
  if (!data) throw new Error('The API answered without a workbook');
  saveBlob(data, fileNameFrom(response.headers.get('Content-Disposition'), `report-${districtCode}.xlsx`));
}

export const useDownloadDistrictReport = () => useMutation({ mutationFn: downloadDistrictReport });
