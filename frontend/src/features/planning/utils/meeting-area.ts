import type { TFunction } from 'i18next';
import { localizedName } from '@/lib/localized-name';
import type { MeetingSummary } from '../api/get-meetings';

type Placed = Pick<MeetingSummary, 'level' | 'area' | 'centerName'>;

/** Where a meeting was held, in words: the center (and its district), the district or province, or the department. */
export function meetingPlace(t: TFunction, meeting: Placed, lang: string): string {
  const area = meeting.area ? localizedName(meeting.area, lang) : '';
  if (meeting.level === 'CENTER') return [meeting.centerName, area].filter(Boolean).join(' · ');
  return area || t('level.NATIONAL');
}

export const meetingPath = (id: string) => `/meetings/${id}`;
