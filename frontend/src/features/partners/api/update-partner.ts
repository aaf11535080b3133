import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { ifMatch } from '@/lib/versions';
import type { PartnerRequest } from './create-partner';
import { activityPartnerKeys, partnerKeys, partnerLinkKeys, sectorCoverageKeys } from './query-keys';

type UpdatePartnerInput = { id: string; version: number; request: PartnerRequest };

export async function updatePartner({ id, version, request }: UpdatePartnerInput) {
  return body(
    await api.PUT('/api/v1/partners/{id}', {
      params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
      body: request,
    }),
  );
}

export function useUpdatePartner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePartner,
    onSuccess: async (partner) => {
      queryClient.setQueryData(partnerKeys.detail(partner.id), partner);
      // Links and activities show the partner's name and sector.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: partnerKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: partnerLinkKeys.all() }),
        queryClient.invalidateQueries({ queryKey: activityPartnerKeys.all() }),
        queryClient.invalidateQueries({ queryKey: sectorCoverageKeys.all() }),
      ]);
    },
  });
}
