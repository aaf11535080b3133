import { useMe, type Area, type Role } from '@/features/me/api/get-me';

// The server refuses writes from other roles (403); hiding the buttons saves people the attempt.
const WRITERS: readonly Role[] = ['ADMIN', 'NATIONAL', 'PROVINCE_OFFICER', 'DISTRICT_OFFICER'];

export function canWritePartners(roles: readonly Role[] = []): boolean {
  return roles.some((role) => WRITERS.includes(role));
}

/**
 * Whether the user's area contains a partner's area ("52" or "5201"), as the server decides:
 * only then may they change it, and only then does it send the partner's contact details.
 */
export function areaCovers(area: Area | undefined, areaCode: string): boolean {
  if (!area) return false;
  if (area.level === 'NATIONAL' || !area.code) return true;
  return areaCode.startsWith(area.code);
}

/** Whether the signed-in user may add partners and record their support. */
export function useCanWrite(): boolean {
  const me = useMe();
  return canWritePartners(me.data?.roles);
}
