import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components, operations } from '@/lib/api/schema';
import { partnerKeys } from './query-keys';

export type Partner = components['schemas']['PartnerView'];
export type Sector = components['schemas']['Sector'];
export type SupportKind = components['schemas']['SupportKind'];
export type PartnersQuery = NonNullable<operations['listPartners']['parameters']['query']>;

export { sectors } from '@/config/program';

export const supportKinds: readonly SupportKind[] = ['KNOWLEDGE', 'RESOURCES', 'SCALING_UP', 'BUDGET'];

export async function getPartners(query: PartnersQuery) {
  return body(await api.GET('/api/v1/partners', { params: { query } }));
}

export const getPartnersQueryOptions = (query: PartnersQuery) =>
  queryOptions({
    queryKey: partnerKeys.list(query),
    queryFn: () => getPartners(query),
    // The previous page stays on screen while the next loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });

export const usePartners = (query: PartnersQuery) => useQuery(getPartnersQueryOptions(query));
