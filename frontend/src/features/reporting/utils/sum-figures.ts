import type { LocationFigures, QuarterlyFigures, ReportFigures } from './figure-tables';

type Counts = Partial<Record<string, number>>;

function add<T extends Counts>(a: T, b: T): T {
  const sum: Counts = { ...a };
  for (const [key, value] of Object.entries(b)) sum[key] = (sum[key] ?? 0) + (value ?? 0);
  return sum as T;
}

function addQuarterly(a: QuarterlyFigures, b: QuarterlyFigures): QuarterlyFigures {
  const centers = a.compliance.centers + b.compliance.centers;
  const compliantCenters = a.compliance.compliantCenters + b.compliance.compliantCenters;
  return {
    kind: 'QUARTERLY',
    compliance: {
      centers,
      compliantCenters,
      nonCompliantCenters: a.compliance.nonCompliantCenters + b.compliance.nonCompliantCenters,
      rate: centers > 0 ? compliantCenters / centers : 0,
      activities: a.compliance.activities + b.compliance.activities,
      byCategory: add(a.compliance.byCategory, b.compliance.byCategory),
    },
    activities: {
      activities: a.activities.activities + b.activities.activities,
      byType: add(a.activities.byType, b.activities.byType),
      participants: add(a.activities.participants, b.activities.participants),
      budgetBaht: a.activities.budgetBaht + b.activities.budgetBaht,
    },
    partnersBySector: add(a.partnersBySector, b.partnersBySector),
    budgetBySector: add(a.budgetBySector, b.budgetBySector),
    centersBySector: add(a.centersBySector, b.centersBySector),
  };
}

const addLocation = (a: LocationFigures, b: LocationFigures): LocationFigures => ({
  kind: 'LOCATION',
  locations: add(a.locations, b.locations),
});

/**
 * A province's roll-up of its districts' reports as they reported them (frozen figures once
 * submitted): every count added up, the compliance rate recomputed from the sums. Figures of the
 * other kind than the first are skipped. Undefined for no reports.
 */
export function sumFigures(list: readonly ReportFigures[]): ReportFigures | undefined {
  const [first, ...rest] = list;
  if (!first) return undefined;
  if (first.kind === 'LOCATION') {
    return rest.reduce<LocationFigures>((sum, next) => (next.kind === 'LOCATION' ? addLocation(sum, next) : sum), first);
  }
  return rest.reduce<QuarterlyFigures>((sum, next) => (next.kind === 'QUARTERLY' ? addQuarterly(sum, next) : sum), first);
}
