import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { reminderKeys } from './query-keys';

/** Runs today's reminder pass now (an administrator); answers how many messages went out. */
export async function runReminders() {
  return body(await api.POST('/api/v1/reminders/run'));
}

export function useRunReminders() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runReminders,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reminderKeys.all() }),
  });
}
