import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { partnerKeys } from './query-keys';

export async function getPartner(id: string) {
  return body(await api.GET('/api/v1/partners/{id}', { params: { path: { id } } }));
}

export const getPartnerQueryOptions = (id: string) =>
  queryOptions({ queryKey: partnerKeys.detail(id), queryFn: () => getPartner(id) });

export const usePartner = (id: string) => useQuery(getPartnerQueryOptions(id));
