import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { holidayKeys } from './query-keys';

export type Holiday = components['schemas']['HolidayView'];
export type HolidayKind = components['schemas']['Kind'];

export async function getHolidays(from: string, to: string) {
  return body(await api.GET('/api/v1/holidays', { params: { query: { from, to } } }));
}

export const getHolidaysQueryOptions = (from: string, to: string) =>
  queryOptions({ queryKey: holidayKeys.between(from, to), queryFn: () => getHolidays(from, to) });

export const useHolidays = (from: string, to: string) => useQuery(getHolidaysQueryOptions(from, to));
