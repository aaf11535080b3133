import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export async function getProvince(code: string) {
  return body(await api.GET('/api/v1/provinces/{code}', { params: { path: { code } } }));
}

export const getProvinceQueryOptions = (code: string) =>
  queryOptions({ queryKey: queryKeys.province(code), queryFn: () => getProvince(code), staleTime: Infinity });

export const useProvince = (code: string) => useQuery(getProvinceQueryOptions(code));
