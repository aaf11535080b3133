import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { partnerKeys } from './query-keys';

export type SimilarPartner = components['schemas']['SimilarPartner'];

export async function getSimilarPartners(name: string, areaCode: string) {
  return body(await api.GET('/api/v1/partners/similar', { params: { query: { name, areaCode } } }));
}

export const getSimilarPartnersQueryOptions = (name: string, areaCode: string) =>
  queryOptions({
    queryKey: partnerKeys.similar(name, areaCode),
    queryFn: () => getSimilarPartners(name, areaCode),
    staleTime: 30 * 1000,
  });

/** Partners of the same province named like `name`; asks only once there is a name and an area. */
export const useSimilarPartners = (name: string, areaCode: string, enabled = true) =>
  useQuery({
    ...getSimilarPartnersQueryOptions(name, areaCode),
    enabled: enabled && name.length > 0 && /^\d{2}(\d{2})?$/.test(areaCode),
  });
