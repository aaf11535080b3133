import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { myDeadlineKeys } from './query-keys';

export type MyDeadline = components['schemas']['MyDeadlineView'];

export async function getMyDeadlines() {
  return body(await api.GET('/api/v1/my-deadlines'));
}

export const getMyDeadlinesQueryOptions = () =>
  queryOptions({ queryKey: myDeadlineKeys.all(), queryFn: getMyDeadlines, staleTime: 60 * 1000 });

export const useMyDeadlines = ({ enabled = true } = {}) => useQuery({ ...getMyDeadlinesQueryOptions(), enabled });
