import {
  activityCategories,
  activityTypes,
  activityTypesByCategory,
  type ActivityCategory,
  type ActivityType,
} from '@/config/activity-types';
import type { components } from '@/lib/api/schema';

export type Sector = components['schemas']['Sector'];
type Participants = components['schemas']['Participants'];

/** The 7 partner sectors in the guideline's order. */
export const sectors: readonly Sector[] = ['GOVERNMENT', 'RELIGION', 'EDUCATION', 'PRIVATE', 'PEOPLE', 'CIVIL_SOCIETY', 'MEDIA'];

/** The 5 target groups counted among participants, in the guideline's order. */
export const participantGroups = ['committee', 'volunteerLeaders', 'community', 'partners', 'officers'] as const;
export type ParticipantGroup = (typeof participantGroups)[number];

/** The figures of a quarterly report (enclosure 2), every count present (0 when the data has none). */
export type QuarterlyFigures = {
  kind: 'quarterly';
  compliance: { centers: number; compliantCenters: number; nonCompliantCenters: number; rate: number };
  activities: number;
  byCategory: Record<ActivityCategory, number>;
  byType: Record<ActivityType, number>;
  participants: Record<ParticipantGroup, number>;
  budgetBaht: number;
  partnersBySector: Record<Sector, number>;
  centersBySector: Record<Sector, number>;
  budgetBySector: Record<Sector, number>;
};

/** The figures of the center location report (enclosure 3). */
export type LocationFigures = {
  kind: 'location';
  subdistricts: number;
  subdistrictsWithCenter: number;
  subdistrictsWithoutCenter: number;
  centers: number;
};

export type ReportFigures = QuarterlyFigures | LocationFigures;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const object = (value: unknown): Json => (isObject(value) ? value : {});

function number(value: unknown): number {
  const parsed = typeof value === 'string' ? Number(value) : value;
  return typeof parsed === 'number' && Number.isFinite(parsed) ? parsed : 0;
}

function counts<K extends string>(keys: readonly K[], value: unknown): Record<K, number> {
  const source = object(value);
  return Object.fromEntries(keys.map((key) => [key, number(source[key])])) as Record<K, number>;
}

/**
 * The API sends figures as a free-form map (they are frozen as JSON at submission), so they are
 * read defensively: a figure missing from an older frozen report counts as 0.
 */
export function readFigures(figures: Record<string, unknown>): ReportFigures {
  if (isObject(figures.locations)) {
    const locations = counts(['subdistricts', 'subdistrictsWithCenter', 'subdistrictsWithoutCenter', 'centers'], figures.locations);
    return { kind: 'location', ...locations };
  }
  const compliance = object(figures.compliance);
  const activities = object(figures.activities);
  const byType = counts(activityTypes, activities.byType);
  return {
    kind: 'quarterly',
    compliance: {
      centers: number(compliance.centers),
      compliantCenters: number(compliance.compliantCenters),
      nonCompliantCenters: number(compliance.nonCompliantCenters),
      rate: number(compliance.rate),
    },
    activities: number(activities.activities),
    // From the types, so each category's subtotal is the sum of the rows above it.
    byCategory: Object.fromEntries(
      activityCategories.map((category) => [
        category,
        activityTypesByCategory[category].reduce((sum, type) => sum + byType[type], 0),
      ]),
    ) as Record<ActivityCategory, number>,
    byType,
    participants: counts(participantGroups, activities.participants as Participants | undefined),
    budgetBaht: number(activities.budgetBaht),
    partnersBySector: counts(sectors, figures.partnersBySector),
    centersBySector: counts(sectors, figures.centersBySector),
    budgetBySector: counts(sectors, figures.budgetBySector),
  };
}

export const participantsTotal = (figures: QuarterlyFigures) =>
  participantGroups.reduce((sum, group) => sum + figures.participants[group], 0);

function addCounts<K extends string>(a: Record<K, number>, b: Record<K, number>): Record<K, number> {
  return Object.fromEntries(Object.keys(a).map((key) => [key, a[key as K] + b[key as K]])) as Record<K, number>;
}

/** A province's roll-up: the districts' figures added up, the compliance rate recomputed. */
export function sumFigures(list: readonly ReportFigures[]): ReportFigures | undefined {
  const [first, ...rest] = list;
  if (!first) return undefined;
  if (first.kind === 'location') {
    return rest.reduce<LocationFigures>(
      (sum, next) =>
        next.kind === 'location'
          ? {
              kind: 'location',
              subdistricts: sum.subdistricts + next.subdistricts,
              subdistrictsWithCenter: sum.subdistrictsWithCenter + next.subdistrictsWithCenter,
              subdistrictsWithoutCenter: sum.subdistrictsWithoutCenter + next.subdistrictsWithoutCenter,
              centers: sum.centers + next.centers,
            }
          : sum,
      first,
    );
  }
  const total = rest.reduce<QuarterlyFigures>((sum, next) => {
    if (next.kind !== 'quarterly') return sum;
    return {
      kind: 'quarterly',
      compliance: {
        centers: sum.compliance.centers + next.compliance.centers,
        compliantCenters: sum.compliance.compliantCenters + next.compliance.compliantCenters,
        nonCompliantCenters: sum.compliance.nonCompliantCenters + next.compliance.nonCompliantCenters,
        rate: 0,
      },
      activities: sum.activities + next.activities,
      byCategory: addCounts(sum.byCategory, next.byCategory),
      byType: addCounts(sum.byType, next.byType),
      participants: addCounts(sum.participants, next.participants),
      budgetBaht: sum.budgetBaht + next.budgetBaht,
      partnersBySector: addCounts(sum.partnersBySector, next.partnersBySector),
      centersBySector: addCounts(sum.centersBySector, next.centersBySector),
      budgetBySector: addCounts(sum.budgetBySector, next.budgetBySector),
    };
  }, first);
  const { centers, compliantCenters } = total.compliance;
  return { ...total, compliance: { ...total.compliance, rate: centers > 0 ? compliantCenters / centers : 0 } };
}
