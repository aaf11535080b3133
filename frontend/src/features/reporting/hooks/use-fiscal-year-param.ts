import { useUrlParams } from '@/lib/search-params';
import { currentFiscalYear, parseFiscalYear } from '@/lib/fiscal-year';

/** The fiscal year in the URL (?fiscalYear=2568), this year's when absent, and other parameters. */
export function useReportingParams() {
  const [params, update] = useUrlParams();
  const fiscalYear = parseFiscalYear(params.get('fiscalYear')) ?? currentFiscalYear();
  return { fiscalYear, params, update };
}
