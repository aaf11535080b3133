import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { centerKeys } from '@/lib/query-keys';
import { ifMatch } from '@/lib/versions';
import type { MemberRequest } from './add-center-member';

type UpdateMemberInput = { centerId: string; memberId: string; version: number; request: MemberRequest };

export async function updateCenterMember({ centerId, memberId, version, request }: UpdateMemberInput) {
  return body(
    await api.PUT('/api/v1/centers/{centerId}/members/{memberId}', {
      params: { path: { centerId, memberId }, header: { 'If-Match': ifMatch(version) } },
      body: request,
    }),
  );
}

export function useUpdateCenterMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCenterMember,
    onSuccess: (_, { centerId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: centerKeys.members(centerId) }),
        queryClient.invalidateQueries({ queryKey: centerKeys.history(centerId) }),
      ]),
  });
}
