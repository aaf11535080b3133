import { useSearchParams } from 'react-router';
import { currentFiscalYear, parseFiscalYear } from '../utils/fiscal';

/** The fiscal year in the URL (?fiscalYear=2568), this year's when absent, and other parameters. */
export function useReportingParams() {
  const [params, setParams] = useSearchParams();
  const fiscalYear = parseFiscalYear(params.get('fiscalYear')) ?? currentFiscalYear();

  const update = (changes: Record<string, string | undefined>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );

  return { fiscalYear, params, update };
}
