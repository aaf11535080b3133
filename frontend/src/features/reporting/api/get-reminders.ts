import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { reminderKeys } from './query-keys';

export type ReminderSent = components['schemas']['ReminderSentView'];

/** The latest reminders sent to offices in the caller's area, newest first, of one deadline or ('') all. */
export async function getReminders(deadlineId: string) {
  const query = deadlineId ? { deadlineId } : {};
  return body(await api.GET('/api/v1/reminders', { params: { query } }));
}

export const getRemindersQueryOptions = (deadlineId: string) =>
  queryOptions({ queryKey: reminderKeys.list(deadlineId), queryFn: () => getReminders(deadlineId) });

export const useReminders = (deadlineId: string) => useQuery(getRemindersQueryOptions(deadlineId));
