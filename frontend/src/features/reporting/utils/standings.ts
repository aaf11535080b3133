import type { Standing } from '../api/get-district-report';

/**
 * The standings of a report (or an answer) that has been sent: on time, late, sent with no date to
 * judge it by, returned for a fix, accepted. A returned report was submitted, so it counts, as the
 * completeness matrix counts it: 6 on time + 3 late + 2 accepted of 13 districts = 11 submitted.
 */
export const submittedStandings: readonly Standing[] = ['SUBMITTED_ON_TIME', 'SUBMITTED_LATE', 'SUBMITTED', 'RETURNED', 'ACCEPTED'];

/** How many of the counted reports have been sent, from counts per standing. */
export function submittedOf(counts: Partial<Record<string, number>>): number {
  return submittedStandings.reduce((sum, standing) => sum + (counts[standing] ?? 0), 0);
}

/** How many reports the counts cover, whatever their standing. */
export function totalOf(counts: Partial<Record<string, number>>): number {
  return Object.values(counts).reduce<number>((sum, n) => sum + (n ?? 0), 0);
}
