import { queryOptions } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { centerKeys } from '@/lib/query-keys';

export async function getCenterMember(centerId: string, memberId: string) {
  return body(
    await api.GET('/api/v1/centers/{centerId}/members/{memberId}', { params: { path: { centerId, memberId } } }),
  );
}

export const getCenterMemberQueryOptions = (centerId: string, memberId: string) =>
  queryOptions({
    queryKey: centerKeys.member(centerId, memberId),
    queryFn: () => getCenterMember(centerId, memberId),
    staleTime: 0,
  });
