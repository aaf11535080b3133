import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { meetingKeys } from './query-keys';

export type Meeting = components['schemas']['MeetingView'];
export type Resolution = components['schemas']['ResolutionView'];

/** One meeting with its resolutions; its version is the ETag the next change sends. */
export async function getMeeting(id: string) {
  return body(await api.GET('/api/v1/meetings/{id}', { params: { path: { id } } }));
}

export const getMeetingQueryOptions = (id: string) =>
  queryOptions({ queryKey: meetingKeys.detail(id), queryFn: () => getMeeting(id) });

export const useMeeting = (id: string) => useQuery(getMeetingQueryOptions(id));
