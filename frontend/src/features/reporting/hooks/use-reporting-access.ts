import { useMe, type Me, type Role } from '@/features/me/api/get-me';

// The server refuses other roles (403); these only decide which controls are offered.
const PREPARERS: readonly Role[] = ['DISTRICT_OFFICER', 'ADMIN'];
const REVIEWERS: readonly Role[] = ['PROVINCE_OFFICER', 'NATIONAL', 'ADMIN'];
const DEPARTMENT: readonly Role[] = ['NATIONAL', 'ADMIN'];
const DEADLINE_READERS: readonly Role[] = ['ADMIN', 'NATIONAL', 'PROVINCE_OFFICER', 'DISTRICT_OFFICER', 'VIEWER'];

export type ReportingAccess = {
  /** Writes and submits district reports. */
  canPrepare: boolean;
  /** Returns, accepts and reopens submitted reports. */
  canReview: boolean;
  /** Moves national deadlines and keeps the holiday table. */
  isDepartment: boolean;
  /** Sets the province's earlier dates (a province officer, for their own province). */
  canSetProvinceDates: boolean;
  /** Has a countdown of their own (GET /my-deadlines refuses API clients). */
  hasDeadlines: boolean;
  level: 'NATIONAL' | 'PROVINCE' | 'DISTRICT';
  provinceCode: string;
  districtCode: string;
};

export function reportingAccess(me: Me | undefined): ReportingAccess {
  const roles = me?.roles ?? [];
  const has = (list: readonly Role[]) => roles.some((role) => list.includes(role));
  const area = me?.area;
  const level = area?.level ?? 'NATIONAL';
  const code = area?.code ?? '';
  const provinceCode = level === 'NATIONAL' ? '' : code.slice(0, 2);
  return {
    canPrepare: has(PREPARERS),
    canReview: has(REVIEWERS),
    isDepartment: has(DEPARTMENT),
    canSetProvinceDates: roles.includes('PROVINCE_OFFICER') && level === 'PROVINCE',
    hasDeadlines: has(DEADLINE_READERS),
    level,
    provinceCode,
    districtCode: level === 'DISTRICT' ? code : '',
  };
}

export function useReportingAccess(): ReportingAccess & { isLoading: boolean } {
  const me = useMe();
  return { ...reportingAccess(me.data), isLoading: me.isPending };
}
