import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';

/** Provinces for a national user choosing which province's queue to open. */
export async function getProvinces() {
  return body(await api.GET('/api/v1/provinces')).items;
}

export const getProvincesQueryOptions = () =>
  queryOptions({ queryKey: ['geo', 'provinces', 'reporting'], queryFn: getProvinces, staleTime: 60 * 60 * 1000 });

export const useProvinces = ({ enabled = true } = {}) => useQuery({ ...getProvincesQueryOptions(), enabled });
