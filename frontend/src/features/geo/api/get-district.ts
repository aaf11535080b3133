import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export async function getDistrict(code: string) {
  return body(await api.GET('/api/v1/districts/{code}', { params: { path: { code } } }));
}

export const getDistrictQueryOptions = (code: string) =>
  queryOptions({ queryKey: queryKeys.district(code), queryFn: () => getDistrict(code), staleTime: Infinity });

export const useDistrict = (code: string) => useQuery(getDistrictQueryOptions(code));
