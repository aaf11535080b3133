import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { ifMatch } from '@/lib/versions';
import { deadlineKeys, holidayKeys } from './query-keys';

export type HolidayRequest = components['schemas']['HolidayRequest'];

type PutHolidayInput = {
  date: string;
  /** The version changed; absent when adding a holiday. */
  version?: number;
  request: HolidayRequest;
};

export async function putHoliday({ date, version, request }: PutHolidayInput) {
  const header = version === undefined ? {} : { 'If-Match': ifMatch(version) };
  return body(await api.PUT('/api/v1/holidays/{date}', { params: { path: { date }, header }, body: request }));
}

export function usePutHoliday() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putHoliday,
    // A deadline says whether its year has holidays (holidaysKnown), so the deadlines reload too.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: holidayKeys.all() }),
        queryClient.invalidateQueries({ queryKey: deadlineKeys.all() }),
      ]),
  });
}
