import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { components } from '@/lib/api/schema';

export async function getProvinces() {
  return body(await api.GET('/api/v1/provinces'));
}

export type Province = components['schemas']['ProvinceView'];

export const getProvincesQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.provinces(), queryFn: getProvinces, staleTime: Infinity });

export const useProvinces = ({ enabled = true } = {}) => useQuery({ ...getProvincesQueryOptions(), enabled });
