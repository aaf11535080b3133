import type { components } from '@/lib/api/schema';

export type Sector = components['schemas']['Sector'];
export type ParticipantGroup = keyof components['schemas']['Participants'];

/** The 7 partner sectors in the order of the department's guideline (step 4). */
export const sectors: readonly Sector[] = ['GOVERNMENT', 'RELIGION', 'EDUCATION', 'PRIVATE', 'PEOPLE', 'CIVIL_SOCIETY', 'MEDIA'];

/** The 5 target groups counted among participants, in the order of the official form. */
export const participantGroups = [
  'committee',
  'volunteerLeaders',
  'community',
  'partners',
  'officers',
] as const satisfies readonly ParticipantGroup[];
