import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export async function getDistricts(provinceCode: string) {
  return body(await api.GET('/api/v1/provinces/{code}/districts', { params: { path: { code: provinceCode } } }));
}

export type District = components['schemas']['DistrictView'];

export const getDistrictsQueryOptions = (provinceCode: string) =>
  queryOptions({
    queryKey: ['provinces', provinceCode, 'districts'],
    queryFn: () => getDistricts(provinceCode),
    staleTime: Infinity,
  });

export const useDistricts = (provinceCode: string) => useQuery(getDistrictsQueryOptions(provinceCode));
