import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { components } from '@/lib/api/schema';

export async function getDistricts(provinceCode: string) {
  return body(await api.GET('/api/v1/provinces/{code}/districts', { params: { path: { code: provinceCode } } }));
}

export type District = components['schemas']['DistrictView'];

export const getDistrictsQueryOptions = (provinceCode: string) =>
  queryOptions({
    queryKey: queryKeys.districts(provinceCode),
    queryFn: () => getDistricts(provinceCode),
    staleTime: Infinity,
  });

/** A province's districts; nothing is asked until a province is chosen. */
export const useDistricts = (provinceCode: string) =>
  useQuery({ ...getDistrictsQueryOptions(provinceCode), enabled: Boolean(provinceCode) });
