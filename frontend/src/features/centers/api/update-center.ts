import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { centerKeys } from '@/lib/query-keys';
import { ifMatch } from '@/lib/versions';
import type { CenterRequest } from './create-center';
import { locationReportKeys } from './query-keys';

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
      queryClient.setQueryData(centerKeys.detail(center.id), center);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: centerKeys.history(center.id) }),
        queryClient.invalidateQueries({ queryKey: centerKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: locationReportKeys.all() }),
      ]);
    },
  });
}
