import { useCurrentFiscalQuarter } from '@/features/calendar/api/get-fiscal-quarter';
import { fiscalQuarterOf, todayInBangkok } from '@/lib/dates';
import { useUrlParams } from '@/lib/search-params';

export const DEFAULT_MIN_SECTORS = 3;

/**
 * The coverage view's area, fiscal year and minimum number of sectors live in the URL
 * (?areaCode=5201&fiscalYear=2568&minSectors=3), so a view can be shared. Without them it opens on
 * the user's own area, the current fiscal year and the guideline's minimum of 3.
 */
export function useCoverageParams() {
  const [params, update] = useUrlParams();
  const current = useCurrentFiscalQuarter();
  const rawArea = params.get('areaCode') ?? '';
  const areaCode = /^\d{2}(\d{2})?$/.test(rawArea) ? rawArea : '';
  const rawYear = params.get('fiscalYear') ?? '';
  const rawMin = params.get('minSectors') ?? '';

  // The server's calendar decides the current year; the rule it follows is the fallback.
  const today = current.data ?? (current.isError ? fiscalQuarterOf(todayInBangkok()) : undefined);
  const fiscalYear = /^\d{4}$/.test(rawYear) ? Number(rawYear) : today?.fiscalYear;
  const minSectors = /^[1-7]$/.test(rawMin) ? Number(rawMin) : DEFAULT_MIN_SECTORS;

  /** The same year and minimum at another area, for links. */
  const linkTo = (code: string) => {
    const next = new URLSearchParams();
    if (code) next.set('areaCode', code);
    if (fiscalYear) next.set('fiscalYear', String(fiscalYear));
    if (minSectors !== DEFAULT_MIN_SECTORS) next.set('minSectors', String(minSectors));
    return `/partners/coverage?${next.toString()}`;
  };

  return {
    areaCode,
    fiscalYear,
    minSectors,
    ready: fiscalYear !== undefined,
    setFiscalYear: (year: string) => update({ fiscalYear: year }),
    setMinSectors: (min: number) => update({ minSectors: min === DEFAULT_MIN_SECTORS ? undefined : String(min) }),
    linkTo,
  };
}
