import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** The fiscal year and quarter of a date, by the server's calendar; today's when `date` is empty. */
export async function getFiscalQuarter(date = '') {
  const query = date ? { date } : {};
  return body(await api.GET('/api/v1/fiscal-calendar', { params: { query } }));
}

export const getFiscalQuarterQueryOptions = (date = '') =>
  queryOptions({ queryKey: queryKeys.fiscalQuarter(date), queryFn: () => getFiscalQuarter(date) });

/** The current quarter, which dashboards open on. */
export const useCurrentFiscalQuarter = () => useQuery(getFiscalQuarterQueryOptions());
