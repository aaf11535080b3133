import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { ifMatch } from '@/lib/versions';

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
      queryClient.setQueryData(['centers', 'detail', center.id], center);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['centers', 'detail', center.id, 'history'] }),
        queryClient.invalidateQueries({ queryKey: ['centers', 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['centers', 'all'] }),
        queryClient.invalidateQueries({ queryKey: ['center-location-report'] }),
      ]);
    },
  });
}
