import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';

/** The districts whose reports a province reviews. */
export async function getProvinceDistricts(provinceCode: string) {
  return body(await api.GET('/api/v1/provinces/{code}/districts', { params: { path: { code: provinceCode } } })).items;
}

export const getProvinceDistrictsQueryOptions = (provinceCode: string) =>
  queryOptions({
    queryKey: ['geo', 'districts', provinceCode, 'reporting'],
    queryFn: () => getProvinceDistricts(provinceCode),
    staleTime: 60 * 60 * 1000,
  });

export const useProvinceDistricts = (provinceCode: string) =>
  useQuery({ ...getProvinceDistrictsQueryOptions(provinceCode), enabled: Boolean(provinceCode) });
