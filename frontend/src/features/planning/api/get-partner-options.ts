import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { planKeys } from './query-keys';

/** The active partners the user may see, by name, for a planned line to name the one expected to take part. */
export async function getPartnerOptions() {
  const page = body(await api.GET('/api/v1/partners', { params: { query: { active: true, size: 200, sort: 'name' } } }));
  return page.items.map((partner) => ({ id: partner.id, name: partner.name }));
}

export const getPartnerOptionsQueryOptions = () =>
  queryOptions({ queryKey: [...planKeys.plans(), 'partner-options'] as const, queryFn: getPartnerOptions });

export const usePartnerOptions = () => useQuery(getPartnerOptionsQueryOptions());
