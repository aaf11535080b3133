import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { ifMatch } from '@/lib/versions';
import type { CenterRequest } from './create-center';

type UpdateCenterInput = { id: string; version: number; request: CenterRequest };

export async function updateCenter({ id, version, request }: UpdateCenterInput) {
  return body(
    await api.PUT('/api/v1/centers/{id}', {
      params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
      body: request,
    }),
  );
}

export function useUpdateCenter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCenter,
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
