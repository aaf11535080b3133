import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { centerKeys } from '@/lib/query-keys';

export type MemberRequest = components['schemas']['MemberRequest'];

type AddMemberInput = { centerId: string; request: MemberRequest };

export async function addCenterMember({ centerId, request }: AddMemberInput): Promise<void> {
  await api.POST('/api/v1/centers/{centerId}/members', { params: { path: { centerId } }, body: request });
}

export function useAddCenterMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addCenterMember,
    onSuccess: (_, { centerId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: centerKeys.members(centerId) }),
        queryClient.invalidateQueries({ queryKey: centerKeys.history(centerId) }),
      ]),
  });
}
