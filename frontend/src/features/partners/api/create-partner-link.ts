import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import type { PartnerLink } from './get-partner-links';
import { partnerLinkKeys, sectorCoverageKeys } from './query-keys';

export type PartnerLinkRequest = components['schemas']['PartnerLinkRequest'];

type CreateLinkInput = { centerId: string; request: PartnerLinkRequest };

export async function createPartnerLink({ centerId, request }: CreateLinkInput) {
  return body(
    await api.POST('/api/v1/centers/{centerId}/partner-links', { params: { path: { centerId } }, body: request }),
  );
}

/** What a changed link shows up in: the center's list, the partner's list and the coverage figures. */
export function invalidateLinkQueries(queryClient: QueryClient, link: PartnerLink) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: partnerLinkKeys.center(link.centerId) }),
    queryClient.invalidateQueries({ queryKey: partnerLinkKeys.partner(link.partnerId) }),
    queryClient.invalidateQueries({ queryKey: sectorCoverageKeys.all() }),
  ]);
}

export function useCreatePartnerLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPartnerLink,
    onSuccess: (link) => invalidateLinkQueries(queryClient, link),
  });
}
