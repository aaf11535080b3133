import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export async function getProvinces() {
  return body(await api.GET('/api/v1/provinces'));
}

export type Province = components['schemas']['ProvinceView'];

export const getProvincesQueryOptions = () =>
  queryOptions({ queryKey: ['provinces'], queryFn: getProvinces, staleTime: Infinity });

export const useProvinces = () => useQuery(getProvincesQueryOptions());
