import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { fileNameFrom, saveBlob } from '@/lib/download';

/** Fetches the department's roll-up of a fiscal year (its four quarters, province by province) and saves it. */
export async function downloadNationalYearReport({ year }: { year: number }): Promise<void> {
  const { data, response } = await api.GET('/api/v1/fiscal-years/{year}/national-report.xlsx', {
    params: { path: { year } },
    parseAs: 'blob',
  });
  if (!data) throw new Error('The API answered without a workbook');
  saveBlob(data, fileNameFrom(response.headers.get('Content-Disposition'), `operation-report-national-${year}.xlsx`));
}

export const useDownloadNationalYearReport = () => useMutation({ mutationFn: downloadNationalYearReport });
