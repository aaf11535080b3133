import { useCurrentFiscalQuarter } from '@/features/calendar/api/get-fiscal-quarter';
import { fiscalQuarterOf, todayInBangkok } from '@/lib/dates';
import { useUrlParams } from '@/lib/search-params';

const WHOLE_YEAR = 'all';

/**
 * The dashboard's area and period live in the URL (?areaCode=5201&fiscalYear=2570&quarter=1, or
 * quarter=all for the whole year), so a view can be shared. Without them it opens on the user's
 * own area and the current quarter; a year given without a quarter means the whole year.
 */
export function useComplianceParams() {
  const [params, update] = useUrlParams();
  const current = useCurrentFiscalQuarter();
  const rawArea = params.get('areaCode') ?? '';
  const areaCode = /^\d{2}(\d{2})?$/.test(rawArea) ? rawArea : '';
  const rawYear = params.get('fiscalYear') ?? '';
  const rawQuarter = params.get('quarter') ?? '';

  // The server's calendar decides the current quarter; the rule it follows is the fallback.
  const today = current.data ?? (current.isError ? fiscalQuarterOf(todayInBangkok()) : undefined);
  let fiscalYear: number | undefined;
  let quarter: number | undefined;
  if (/^\d{4}$/.test(rawYear)) {
    fiscalYear = Number(rawYear);
    quarter = /^[1-4]$/.test(rawQuarter) ? Number(rawQuarter) : undefined;
  } else if (today) {
    fiscalYear = today.fiscalYear;
    quarter = rawQuarter === WHOLE_YEAR ? undefined : today.quarter;
  }

  /** The same period at another area, for links. */
  const linkTo = (code: string) => {
    const next = new URLSearchParams();
    if (code) next.set('areaCode', code);
    if (fiscalYear) next.set('fiscalYear', String(fiscalYear));
    next.set('quarter', quarter ? String(quarter) : WHOLE_YEAR);
    return `?${next.toString()}`;
  };

  return {
    areaCode,
    fiscalYear,
    quarter,
    ready: fiscalYear !== undefined,
    setPeriod: (year: string, q: string) => update({ fiscalYear: year, quarter: q || WHOLE_YEAR }),
    linkTo,
  };
}
