import { oneOfParam, patternParam, useListParams, type Sort as ListSort } from '@/lib/list-params';
import { meetingLevels, type MeetingLevel } from '../api/get-meetings';
import type { MeetingsQuery } from '../api/query-keys';

export const sortFields = ['heldOn', 'title'] as const;
export type SortField = (typeof sortFields)[number];
export type Sort = ListSort<SortField>;

export type MeetingListFilters = { fiscalYear: string; level: MeetingLevel | '' };

const schema = {
  filters: { fiscalYear: patternParam(/^\d{4}$/), level: oneOfParam(meetingLevels) },
  sortFields,
};

/** The meeting list's filters, sort and page, kept in the URL (see useListParams); newest first unless sorted. */
export function useMeetingListParams() {
  const list = useListParams<MeetingListFilters, SortField>(schema);
  const { filters } = list;
  const query: MeetingsQuery = {
    fiscalYear: filters.fiscalYear ? Number(filters.fiscalYear) : undefined,
    level: filters.level || undefined,
    ...list.pageQuery,
  };
  return { ...list, query };
}
