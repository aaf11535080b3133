import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { meetingKeys, type MeetingsQuery } from './query-keys';

export type MeetingSummary = components['schemas']['MeetingSummary'];
export type MeetingLevel = components['schemas']['MeetingLevel'];

export const meetingLevels: readonly MeetingLevel[] = ['NATIONAL', 'PROVINCE', 'DISTRICT', 'CENTER'];

/** Meetings held in the user's area or in an area containing it, newest first. */
export async function getMeetings(query: MeetingsQuery) {
  return body(await api.GET('/api/v1/meetings', { params: { query } }));
}

export const getMeetingsQueryOptions = (query: MeetingsQuery) =>
  queryOptions({ queryKey: meetingKeys.list(query), queryFn: () => getMeetings(query), placeholderData: keepPreviousData });

export const useMeetings = (query: MeetingsQuery) => useQuery(getMeetingsQueryOptions(query));
