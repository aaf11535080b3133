import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { centerKeys } from '@/lib/query-keys';
import { ifMatch } from '@/lib/versions';

type EraseMemberInput = { centerId: string; memberId: string; version: number };

/** Erases a member's personal data on their request (PDPA); If-Match names the version the officer saw. */
export async function eraseCenterMember({ centerId, memberId, version }: EraseMemberInput) {
  return body(
    await api.POST('/api/v1/centers/{centerId}/members/{memberId}/erase', {
      params: { path: { centerId, memberId }, header: { 'If-Match': ifMatch(version) } },
    }),
  );
}

export function useEraseCenterMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: eraseCenterMember,
    onSuccess: (_, { centerId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: centerKeys.members(centerId) }),
        queryClient.invalidateQueries({ queryKey: centerKeys.history(centerId) }),
      ]),
  });
}
