import { useMe, type Role } from '@/features/me/api/get-me';

// The server refuses writes from other roles (403); hiding the buttons saves people the attempt.
const WRITERS: readonly Role[] = ['ADMIN', 'NATIONAL', 'PROVINCE_OFFICER', 'DISTRICT_OFFICER'];

export function canWriteActivities(roles: readonly Role[] = []): boolean {
  return roles.some((role) => WRITERS.includes(role));
}

/** Whether the signed-in user may record activities and add their photos. */
export function useCanWrite(): boolean {
  const me = useMe();
  return canWriteActivities(me.data?.roles);
}
