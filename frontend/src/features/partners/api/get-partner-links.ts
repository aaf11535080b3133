import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { partnerLinkKeys } from './query-keys';

export type PartnerLink = components['schemas']['PartnerLinkView'];

/** The partner's support to centers in the caller's area, newest fiscal year first. */
export async function getPartnerLinks(partnerId: string) {
  return body(await api.GET('/api/v1/partners/{id}/links', { params: { path: { id: partnerId } } }));
}

export const getPartnerLinksQueryOptions = (partnerId: string) =>
  queryOptions({ queryKey: partnerLinkKeys.partner(partnerId), queryFn: () => getPartnerLinks(partnerId) });

export const usePartnerLinks = (partnerId: string) => useQuery(getPartnerLinksQueryOptions(partnerId));
