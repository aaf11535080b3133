import { fiscalQuarterOf, todayInBangkok } from './dates';
import { useUrlParams } from './search-params';

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

/** The fiscal year in the URL (?fiscalYear=2568), this year's when absent or implausible. */
export function useFiscalYearParam(): [number, (fiscalYear: number) => void] {
  const [params, update] = useUrlParams();
  const fiscalYear = parseFiscalYear(params.get('fiscalYear')) ?? currentFiscalYear();
  return [fiscalYear, (year) => update({ fiscalYear: String(year) })];
}
