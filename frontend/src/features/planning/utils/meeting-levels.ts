import type { Area } from '@/features/me/api/get-me';
import type { MeetingLevel } from '../api/get-meetings';

/**
 * The levels a user records meetings at, from their area: the department every level, a province
 * its own and its districts' and centers', a district its own and its centers'.
 */
export function levelsFor(area: Pick<Area, 'level'> | undefined): readonly MeetingLevel[] {
  switch (area?.level) {
    case 'NATIONAL':
      return ['NATIONAL', 'PROVINCE', 'DISTRICT', 'CENTER'];
    case 'PROVINCE':
      return ['PROVINCE', 'DISTRICT', 'CENTER'];
    case 'DISTRICT':
      return ['DISTRICT', 'CENTER'];
    default:
      return [];
  }
}
