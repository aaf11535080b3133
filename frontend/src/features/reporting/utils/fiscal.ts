import { fiscalQuarterOf, todayInBangkok } from '@/lib/dates';

/** The fiscal year (Buddhist era) it is today in Thailand. */
export function currentFiscalYear(now: Date = new Date()): number {
  return fiscalQuarterOf(todayInBangkok(0, now))?.fiscalYear ?? now.getFullYear() + 543;
}

/** The first and last day of a fiscal year: 2568 runs from 2024-10-01 to 2025-09-30. */
export function fiscalYearRange(fiscalYear: number): { from: string; to: string } {
  const year = fiscalYear - 543;
  return { from: `${year - 1}-10-01`, to: `${year}-09-30` };
}

/** A fiscal year from the URL, if it is a plausible Buddhist-era year. */
export function parseFiscalYear(value: string | null): number | undefined {
  if (!value || !/^\d{4}$/.test(value)) return undefined;
  const year = Number(value);
  return year >= 2500 && year <= 2700 ? year : undefined;
}
