import type { operations } from '@/lib/api/schema';

export type MeetingsQuery = NonNullable<operations['listMeetings']['parameters']['query']>;
export type OpenResolutionsQuery = NonNullable<operations['listOpenResolutions']['parameters']['query']>;

/**
 * Query keys of the meetings feature. A meeting's resolutions show in its detail, in the lists'
 * counts and in the open-resolutions follow-up; both lists sit under lists(), so a write sets the
 * detail it got back and invalidates lists().
 */
export const meetingKeys = {
  all: () => ['meetings'] as const,
  lists: () => [...meetingKeys.all(), 'list'] as const,
  list: (query: MeetingsQuery) => [...meetingKeys.lists(), query] as const,
  open: (query: OpenResolutionsQuery) => [...meetingKeys.lists(), 'open-resolutions', query] as const,
  detail: (id: string) => [...meetingKeys.all(), 'detail', id] as const,
};

/**
 * Driving plans: one per center and fiscal year. A saved plan sets its detail, and refreshes its
 * history and every summary (planSummaryKeys, shared with the compliance dashboard).
 */
export const planKeys = {
  plans: () => ['plans'] as const,
  detail: (centerId: string, fiscalYear: number) => [...planKeys.plans(), centerId, fiscalYear] as const,
  history: (centerId: string, fiscalYear: number) => [...planKeys.detail(centerId, fiscalYear), 'history'] as const,
};
