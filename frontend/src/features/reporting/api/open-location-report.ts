import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { invalidateDeadlines } from './move-deadline';

type OpenLocationReportInput = { fiscalYear: number; dueOn: string };

/** The department opens the center location report (enclosure 3) of a fiscal year; one a year. */
export async function openLocationReport({ fiscalYear, dueOn }: OpenLocationReportInput) {
  return body(
    await api.POST('/api/v1/fiscal-years/{year}/location-report', {
      params: { path: { year: fiscalYear } },
      body: { dueOn },
    }),
  );
}

export function useOpenLocationReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: openLocationReport,
    // A new deadline shows in every list, countdown and matrix of the year.
    onSuccess: () => invalidateDeadlines(queryClient),
  });
}
