import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { components } from '@/lib/api/schema';

export async function getMe() {
  return body(await api.GET('/api/v1/me'));
}

export type Me = components['schemas']['MeView'];
export type Area = components['schemas']['AreaView'];
export type Role = components['schemas']['Role'];

export const getMeQueryOptions = () => queryOptions({ queryKey: queryKeys.me(), queryFn: getMe });

export const useMe = () => useQuery(getMeQueryOptions());
