import { useMe, type Me } from '@/features/me/api/get-me';
import { permissionsFor } from '@/features/me/utils/permissions';

export type ReportingAccess = {
  /** Writes and submits district reports. */
  canPrepare: boolean;
  /** Returns, accepts and reopens submitted reports. */
  canReview: boolean;
  /** Writes and submits a province's report to the department. */
  canPrepareProvinceReport: boolean;
  /** Returns, accepts and reopens the provinces' reports: the department's. */
  canReviewProvinceReport: boolean;
  /** Moves national deadlines and keeps the holiday table. */
  isDepartment: boolean;
  /** Sets the province's earlier dates (a province officer, for their own province). */
  canSetProvinceDates: boolean;
  /** Has a countdown of their own (GET /my-deadlines refuses API clients). */
  hasDeadlines: boolean;
  /** Sees and keeps the office e-mails of their area and the reminders sent there (not viewers or other systems). */
  canKeepContacts: boolean;
  /** Runs the reminder pass on demand: administrators only. */
  canRunReminders: boolean;
  level: 'NATIONAL' | 'PROVINCE' | 'DISTRICT';
  provinceCode: string;
  districtCode: string;
};

/** The reporting screens' view of /me: what the user may do (by the shared permissions) and where. */
export function reportingAccess(me: Me | undefined): ReportingAccess {
  const may = permissionsFor(me);
  const area = me?.area;
  const level = area?.level ?? 'NATIONAL';
  const code = area?.code ?? '';
  const provinceCode = level === 'NATIONAL' ? '' : code.slice(0, 2);
  return {
    canPrepare: may.canPrepareReports,
    canReview: may.canReviewReports,
    canPrepareProvinceReport: may.canPrepareProvinceReports,
    canReviewProvinceReport: may.isDepartment,
    isDepartment: may.isDepartment,
    canSetProvinceDates: may.canSetProvinceDates,
    hasDeadlines: may.hasDeadlines,
    // The same roles as every other write of an area's data (GET/PUT /office-contacts, GET /reminders).
    canKeepContacts: may.canWrite,
    canRunReminders: me?.roles.includes('ADMIN') ?? false,
    level,
    provinceCode,
    districtCode: level === 'DISTRICT' ? code : '',
  };
}

export function useReportingAccess(): ReportingAccess & { isLoading: boolean } {
  const me = useMe();
  return { ...reportingAccess(me.data), isLoading: me.isPending };
}
