import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { ifMatch } from '@/lib/versions';
import { deadlineKeys, holidayKeys } from './query-keys';

type DeleteHolidayInput = { date: string; version: number };

export async function deleteHoliday({ date, version }: DeleteHolidayInput): Promise<void> {
  await api.DELETE('/api/v1/holidays/{date}', {
    params: { path: { date }, header: { 'If-Match': ifMatch(version) } },
  });
}

export function useDeleteHoliday() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteHoliday,
    // A deadline says whether its year has holidays (holidaysKnown), so the deadlines reload too.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: holidayKeys.all() }),
        queryClient.invalidateQueries({ queryKey: deadlineKeys.all() }),
      ]),
  });
}
