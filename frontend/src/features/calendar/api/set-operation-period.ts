import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';
import { ifMatch } from '@/lib/versions';

export type OperationPeriodRequest = components['schemas']['OperationPeriodRequest'];

type SetOperationPeriodInput = { year: number; version: number; request: OperationPeriodRequest };

/** The department sets the program's operation period of a fiscal year (If-Match: the year's version). */
export async function setOperationPeriod({ year, version, request }: SetOperationPeriodInput) {
  return body(
    await api.PUT('/api/v1/fiscal-years/{year}/operation-period', {
      params: { path: { year }, header: { 'If-Match': ifMatch(version) } },
      body: request,
    }),
  );
}

export function useSetOperationPeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setOperationPeriod,
    // The year's own key sits under the list's, so this refreshes both.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.fiscalYears() }),
  });
}
