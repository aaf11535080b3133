import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { centerKeys } from '@/lib/query-keys';
import { getCenter } from './get-center';
import type { Center } from './get-centers';
import { locationReportKeys } from './query-keys';

export type CenterRequest = components['schemas']['CenterRequest'];

export async function createCenter(request: CenterRequest): Promise<Center> {
  const { data, response } = await api.POST('/api/v1/centers', { body: request });
  // The server sends the new center, but the contract only promises its Location.
  const created = data as Center | undefined;
  if (created?.id) return created;
  const id = response.headers.get('Location')?.split('/').pop();
  if (!id) throw new Error('The API created a center without saying where');
  return getCenter(id);
}

export function useCreateCenter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCenter,
    onSuccess: async (center) => {
      queryClient.setQueryData(centerKeys.detail(center.id), center);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: centerKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: locationReportKeys.all() }),
      ]);
    },
  });
}
