import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { centerKeys } from '@/lib/query-keys';

export type Member = components['schemas']['MemberView'];
export type MemberRole = components['schemas']['MemberRole'];
export type Gender = components['schemas']['Gender'];

export const memberRoles: readonly MemberRole[] = [
  'CHAIR',
  'VICE_CHAIR',
  'SECRETARY',
  'TREASURER',
  'COMMITTEE_MEMBER',
  'VOLUNTEER_LEADER',
];

export async function getCenterMembers(centerId: string) {
  return body(await api.GET('/api/v1/centers/{centerId}/members', { params: { path: { centerId } } }));
}

export const getCenterMembersQueryOptions = (centerId: string) =>
  queryOptions({ queryKey: centerKeys.members(centerId), queryFn: () => getCenterMembers(centerId) });

export const useCenterMembers = (centerId: string) => useQuery(getCenterMembersQueryOptions(centerId));
