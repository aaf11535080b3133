import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { centerKeys } from '@/lib/query-keys';
import { ifMatch } from '@/lib/versions';
import { locationReportKeys } from './query-keys';

export type CenterStatusRequest = components['schemas']['CenterStatusRequest'];

type ChangeStatusInput = { id: string; version: number; request: CenterStatusRequest };

export async function changeCenterStatus({ id, version, request }: ChangeStatusInput) {
  return body(
    await api.POST('/api/v1/centers/{id}/status', {
      params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
      body: request,
    }),
  );
}

export function useChangeCenterStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeCenterStatus,
    onSuccess: async (center) => {
      queryClient.setQueryData(centerKeys.detail(center.id), center);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: centerKeys.history(center.id) }),
        queryClient.invalidateQueries({ queryKey: centerKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: locationReportKeys.all() }),
      ]);
    },
  });
}
