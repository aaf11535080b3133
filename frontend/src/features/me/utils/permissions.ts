import type { Area, Me, Role } from '../api/get-me';

// Which roles may do what, in one place. The server refuses every other role (403); these only
// decide which controls the screens offer, which saves people an attempt that would fail.
const WRITERS: readonly Role[] = ['ADMIN', 'NATIONAL', 'PROVINCE_OFFICER', 'DISTRICT_OFFICER'];
const PREPARERS: readonly Role[] = ['DISTRICT_OFFICER', 'ADMIN'];
const PROVINCE_PREPARERS: readonly Role[] = ['PROVINCE_OFFICER', 'ADMIN'];
const REVIEWERS: readonly Role[] = ['PROVINCE_OFFICER', 'NATIONAL', 'ADMIN'];
const DEPARTMENT: readonly Role[] = ['NATIONAL', 'ADMIN'];
const DEADLINE_READERS: readonly Role[] = [...WRITERS, 'VIEWER'];

export type Permissions = {
  /**
   * Creates and changes centers, their members and operating points; records activities and
   * their photos; adds partners and records their support.
   */
  canWrite: boolean;
  /** Writes and submits district reports. */
  canPrepareReports: boolean;
  /** Writes and submits the province's report to the department (a province officer, for their own province). */
  canPrepareProvinceReports: boolean;
  /** Returns, accepts and reopens submitted reports. */
  canReviewReports: boolean;
  /** Moves national deadlines and keeps the holiday table. */
  isDepartment: boolean;
  /** Sets the province's earlier dates (a province officer, for their own province). */
  canSetProvinceDates: boolean;
  /** Has a countdown of their own (GET /my-deadlines refuses API clients). */
  hasDeadlines: boolean;
};

/** What the user of a /me answer may do; nothing while it is unknown. */
export function permissionsFor(me: Pick<Me, 'roles' | 'area'> | undefined): Permissions {
  const roles = me?.roles ?? [];
  const has = (list: readonly Role[]) => roles.some((role) => list.includes(role));
  return {
    canWrite: has(WRITERS),
    canPrepareReports: has(PREPARERS),
    canPrepareProvinceReports: has(PROVINCE_PREPARERS),
    canReviewReports: has(REVIEWERS),
    isDepartment: has(DEPARTMENT),
    canSetProvinceDates: roles.includes('PROVINCE_OFFICER') && me?.area?.level === 'PROVINCE',
    hasDeadlines: has(DEADLINE_READERS),
  };
}

/**
 * Whether the user's area contains a record's area ("52" or "5201"), as the server decides:
 * only then may they change it, and only then does it send the record's contact details.
 */
export function areaCovers(area: Area | undefined, areaCode: string): boolean {
  if (!area) return false;
  if (area.level === 'NATIONAL' || !area.code) return true;
  return areaCode.startsWith(area.code);
}
