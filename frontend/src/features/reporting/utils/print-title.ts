import type { TFunction } from 'i18next';
import type { DeadlineRef } from '../api/get-deadlines';

/** Enclosure 2 for quarterly reports, enclosure 3 for the center location report. */
export function printTitle(t: TFunction, deadline: Pick<DeadlineRef, 'kind'>): string {
  return t(deadline.kind === 'LOCATION_REPORT' ? 'print.titleLocation' : 'print.title');
}

/** "ไตรมาส 1/2568 ปีงบประมาณ พ.ศ. 2568", or the fiscal year alone for a yearly report. */
export function printPeriod(t: TFunction, deadline: Pick<DeadlineRef, 'kind' | 'quarter' | 'fiscalYear'>): string {
  return deadline.kind === 'QUARTERLY_REPORT' && deadline.quarter
    ? t('print.quarter', { quarter: deadline.quarter, year: deadline.fiscalYear })
    : t('print.year', { year: deadline.fiscalYear });
}
