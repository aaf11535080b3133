import type { TFunction } from 'i18next';
import type { DeadlineRef } from '../api/get-deadlines';

type Titled = Pick<DeadlineRef, 'titleTh' | 'titleEn'>;
type Labelled = Pick<DeadlineRef, 'kind' | 'fiscalYear' | 'quarter'>;

/** The deadline's title in the reading language. */
export function deadlineTitle(deadline: Titled, lang: string): string {
  return lang.startsWith('en') ? deadline.titleEn || deadline.titleTh : deadline.titleTh || deadline.titleEn;
}

/** A short label for table headers: "ไตรมาส 1/2568", or the location report of the year. */
export function deadlineShortLabel(t: TFunction, deadline: Labelled): string {
  return deadline.kind === 'QUARTERLY_REPORT' && deadline.quarter
    ? t('deadline.quarterLabel', { quarter: deadline.quarter, year: deadline.fiscalYear })
    : t('deadline.locationLabel', { year: deadline.fiscalYear });
}

export const reportPath = (deadlineId: string, districtCode: string) => `/reports/${deadlineId}/${districtCode}`;

export const provinceReportPath = (deadlineId: string, provinceCode: string) =>
  `/reports/${deadlineId}/province/${provinceCode}`;

/** The department's queue of the provinces' reports, on a deadline when one is chosen. */
export const provinceQueuePath = (fiscalYear: number, deadlineId?: string) =>
  `/reports/provinces?fiscalYear=${fiscalYear}${deadlineId ? `&deadlineId=${deadlineId}` : ''}`;

export const queuePath = (fiscalYear: number, deadlineId: string, provinceCode?: string) =>
  `/reports/queue?fiscalYear=${fiscalYear}&deadlineId=${deadlineId}${provinceCode ? `&provinceCode=${provinceCode}` : ''}`;

export const completenessPath = (fiscalYear: number, areaCode?: string) =>
  `/reports/completeness?fiscalYear=${fiscalYear}${areaCode ? `&areaCode=${areaCode}` : ''}`;

/** The deadline due nearest to today (before or after), which a page opens on when none is chosen. */
/** The provinces' own reports to the department, provinces × quarterly deadlines. */
export const provinceCompletenessPath = (fiscalYear: number) => `/reports/completeness/provinces?fiscalYear=${fiscalYear}`;

export function nearestDeadline<T extends { dueOn: string }>(deadlines: readonly T[], today: string): T | undefined {
  const distance = (d: T) => Math.abs(Date.parse(d.dueOn) - Date.parse(today));
  return deadlines.reduce<T | undefined>((best, d) => (!best || distance(d) < distance(best) ? d : best), undefined);
}

/** The office e-mails reminders go to, of a province when one is chosen. */
export const contactsPath = (provinceCode?: string) => `/reports/contacts${provinceCode ? `?provinceCode=${provinceCode}` : ''}`;

/** The reminders sent for the reports of a fiscal year. */
export const remindersPath = (fiscalYear: number) => `/reports/reminders?fiscalYear=${fiscalYear}`;

/** The department's A4 summary of a quarter, and of a fiscal year. */
export const nationalPrintPath = (deadlineId: string) => `/reports/national/${deadlineId}/print`;
export const nationalYearPrintPath = (fiscalYear: number) => `/reports/national/year/${fiscalYear}/print`;
