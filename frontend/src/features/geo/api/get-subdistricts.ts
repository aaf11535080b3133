import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { components } from '@/lib/api/schema';

export async function getSubdistricts(districtCode: string) {
  return body(await api.GET('/api/v1/districts/{code}/subdistricts', { params: { path: { code: districtCode } } }));
}

export type Subdistrict = components['schemas']['SubdistrictView'];

export const getSubdistrictsQueryOptions = (districtCode: string) =>
  queryOptions({
    queryKey: queryKeys.subdistricts(districtCode),
    queryFn: () => getSubdistricts(districtCode),
    staleTime: Infinity,
  });

export const useSubdistricts = (districtCode: string) => useQuery(getSubdistrictsQueryOptions(districtCode));
