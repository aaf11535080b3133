import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { ifMatch } from '@/lib/versions';
import { invalidateLinkQueries, type PartnerLinkRequest } from './create-partner-link';

type UpdateLinkInput = { id: string; version: number; request: PartnerLinkRequest };

export async function updatePartnerLink({ id, version, request }: UpdateLinkInput) {
  return body(
    await api.PUT('/api/v1/partner-links/{id}', {
      params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
      body: request,
    }),
  );
}

export function useUpdatePartnerLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePartnerLink,
    onSuccess: (link) => invalidateLinkQueries(queryClient, link),
  });
}
