import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type PartnerRequest = components['schemas']['PartnerRequest'];

export async function createPartner(request: PartnerRequest) {
  return body(await api.POST('/api/v1/partners', { body: request }));
}

export function useCreatePartner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPartner,
    onSuccess: async (partner) => {
      queryClient.setQueryData(['partners', 'detail', partner.id], partner);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['partners', 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['partners', 'similar'] }),
      ]);
    },
  });
}
