import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { partnerLinkKeys } from './query-keys';

/** Every fiscal year's links of a center (the section groups them by year). */
export async function getCenterPartnerLinks(centerId: string) {
  return body(await api.GET('/api/v1/centers/{centerId}/partner-links', { params: { path: { centerId } } }));
}

export const getCenterPartnerLinksQueryOptions = (centerId: string) =>
  queryOptions({ queryKey: partnerLinkKeys.center(centerId), queryFn: () => getCenterPartnerLinks(centerId) });

export const useCenterPartnerLinks = (centerId: string) => useQuery(getCenterPartnerLinksQueryOptions(centerId));
