import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { partnerKeys } from './query-keys';

export type PartnerRequest = components['schemas']['PartnerRequest'];

export async function createPartner(request: PartnerRequest) {
  return body(await api.POST('/api/v1/partners', { body: request }));
}

export function useCreatePartner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPartner,
    onSuccess: async (partner) => {
      queryClient.setQueryData(partnerKeys.detail(partner.id), partner);
      // Pages and look-alikes alike: the new partner may belong in any of them.
      await queryClient.invalidateQueries({ queryKey: partnerKeys.lists() });
    },
  });
}
