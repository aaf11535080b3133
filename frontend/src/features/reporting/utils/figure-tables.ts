import { activityCategories, activityTypesByCategory, categorySection } from '@/config/activity-types';
import { participantGroups, sectors } from '@/config/program';
import type { components } from '@/lib/api/schema';

/** The figures of a report as the API sends them: every count present, told apart by kind. */
export type ReportFigures = components['schemas']['ReportFigures'];
export type QuarterlyFigures = components['schemas']['QuarterlyReportFigures'];
export type LocationFigures = components['schemas']['LocationReportFigures'];
/** A fiscal year's figures in the department's roll-up: compliance per quarter, the year's activities and partners. */
export type YearFigures = components['schemas']['NationalYearFigures'];
type Compliance = QuarterlyFigures['compliance'];
/** The centers' driving plans against what was held; absent in reports submitted before it was recorded. */
export type PlanFigures = NonNullable<QuarterlyFigures['plan']>;
type Activities = QuarterlyFigures['activities'];
type SectorFigures = Pick<QuarterlyFigures, 'partnersBySector' | 'budgetBySector'> & Partial<Pick<QuarterlyFigures, 'centersBySector'>>;

const total = (counts: Partial<Record<string, number>>, keys: readonly string[]) => keys.reduce((sum, key) => sum + (counts[key] ?? 0), 0);

export type FigureFormat = 'count' | 'baht' | 'percent';

/** A label as an i18n key; keys of other namespaces carry their prefix ("common:activityType.HEALTH"). */
export type Label = { key: string; params?: Record<string, string | number | { key: string }> };

export type FigureRow = {
  id: string;
  label: Label;
  values: number[];
  /** group: a heading row; subtotal and total rows are shown in bold. */
  kind: 'item' | 'group' | 'subtotal' | 'total';
  /** Overrides the column's format for this row. */
  format?: FigureFormat;
};

export type FigureTable = { id: string; caption: Label; columns: { label: Label; format: FigureFormat }[]; rows: FigureRow[] };

/** Everyone who took part, the target groups summed. */
export const participantsOf = ({ participants }: Activities) => total(participants, participantGroups);

/** The partners' support in baht, the 7 sectors summed. */
export const partnerBudgetOf = ({ budgetBySector }: Pick<QuarterlyFigures, 'budgetBySector'>) => total(budgetBySector, sectors);

/** The partners linked, the 7 sectors summed. */
export const partnersOf = ({ partnersBySector }: Pick<QuarterlyFigures, 'partnersBySector'>) => total(partnersBySector, sectors);

const count = (key: string) => ({ label: { key }, format: 'count' as const });

function centersTable({ centers, compliantCenters, nonCompliantCenters, rate }: Compliance): FigureTable {
  return {
    id: 'centers',
    caption: { key: 'figures.centers.caption' },
    columns: [count('figures.columns.number')],
    rows: [
      { id: 'centers', label: { key: 'figures.centers.centers' }, values: [centers], kind: 'item' },
      { id: 'compliant', label: { key: 'figures.centers.compliant' }, values: [compliantCenters], kind: 'item' },
      { id: 'nonCompliant', label: { key: 'figures.centers.nonCompliant' }, values: [nonCompliantCenters], kind: 'item' },
      { id: 'rate', label: { key: 'figures.centers.rate' }, values: [rate], kind: 'total', format: 'percent' },
    ],
  };
}

/** Q1 to Q4 side by side: a year's compliance, quarter by quarter. */
function complianceByQuarterTable(quarters: Compliance[]): FigureTable {
  const row = (id: string, key: string, pick: (c: Compliance) => number, kind: FigureRow['kind'] = 'item', format?: FigureFormat): FigureRow => ({
    id,
    label: { key: `figures.centers.${key}` },
    values: quarters.map(pick),
    kind,
    format,
  });
  return {
    id: 'centersByQuarter',
    caption: { key: 'figures.centers.captionByQuarter' },
    columns: quarters.map((_, index) => ({ label: { key: 'figures.columns.quarter', params: { quarter: index + 1 } }, format: 'count' })),
    rows: [
      row('centers', 'centers', (c) => c.centers),
      row('compliant', 'compliant', (c) => c.compliantCenters),
      row('nonCompliant', 'nonCompliant', (c) => c.nonCompliantCenters),
      row('rate', 'rate', (c) => c.rate, 'total', 'percent'),
    ],
  };
}

function activitiesTable(activities: Activities): FigureTable {
  const rows: FigureRow[] = activityCategories.flatMap((category): FigureRow[] => [
    {
      id: `group-${category}`,
      label: {
        key: 'figures.activities.group',
        params: { section: categorySection[category], category: { key: `common:activityCategory.${category}` } },
      },
      values: [],
      kind: 'group',
    },
    ...activityTypesByCategory[category].map(
      (type): FigureRow => ({
        id: type,
        label: { key: `common:activityType.${type}` },
        values: [activities.byType[type] ?? 0],
        kind: 'item',
      }),
    ),
    {
      id: `subtotal-${category}`,
      label: { key: 'figures.activities.subtotal', params: { section: categorySection[category] } },
      // From the types, so each category's subtotal is the sum of the rows above it.
      values: [total(activities.byType, activityTypesByCategory[category])],
      kind: 'subtotal',
    },
  ]);
  rows.push({ id: 'total', label: { key: 'figures.activities.total' }, values: [activities.activities], kind: 'total' });
  return {
    id: 'activities',
    caption: { key: 'figures.activities.caption' },
    columns: [count('figures.columns.times')],
    rows,
  };
}

function participantsTable(activities: Activities): FigureTable {
  return {
    id: 'participants',
    caption: { key: 'figures.participants.caption' },
    columns: [count('figures.columns.people')],
    rows: [
      ...participantGroups.map(
        (group): FigureRow => ({
          id: group,
          label: { key: `figures.participants.${group}` },
          values: [activities.participants[group] ?? 0],
          kind: 'item',
        }),
      ),
      { id: 'total', label: { key: 'figures.participants.total' }, values: [participantsOf(activities)], kind: 'total' },
    ],
  };
}

/** The 7 sectors' partners and budget; the centers working with each when the figures count them (a quarter's do, a year's do not). */
function sectorsTable(figures: SectorFigures): FigureTable {
  const { partnersBySector, budgetBySector, centersBySector } = figures;
  const withCenters = centersBySector !== undefined;
  const columns: FigureTable['columns'] = [
    count('figures.sectors.partners'),
    ...(withCenters ? [count('figures.sectors.centers')] : []),
    { label: { key: 'figures.sectors.budget' }, format: 'baht' },
  ];
  const values = (partners: number, centers: number, budget: number) => (withCenters ? [partners, centers, budget] : [partners, budget]);
  return {
    id: 'sectors',
    caption: { key: 'figures.sectors.caption' },
    columns,
    rows: [
      ...sectors.map(
        (sector): FigureRow => ({
          id: sector,
          label: { key: `sector.${sector}` },
          values: values(partnersBySector[sector] ?? 0, centersBySector?.[sector] ?? 0, budgetBySector[sector] ?? 0),
          kind: 'item',
        }),
      ),
      // A center working with two sectors would count twice, so that column has no total.
      {
        id: 'total',
        label: { key: 'figures.sectors.total' },
        values: values(partnersOf(figures), Number.NaN, partnerBudgetOf(figures)),
        kind: 'total',
      },
    ],
  };
}

/** The year's plans against the active centers, then the quarter's planned activities against what was held. */
function planTable(plan: PlanFigures): FigureTable {
  const item = (id: string, value: number): FigureRow => ({ id, label: { key: `figures.plan.${id}` }, values: [value], kind: 'item' });
  const share = (id: string, value: number): FigureRow => ({ id, label: { key: `figures.plan.${id}` }, values: [value], kind: 'total', format: 'percent' });
  const group = (id: string): FigureRow => ({ id: `group-${id}`, label: { key: `figures.plan.${id}` }, values: [], kind: 'group' });
  return {
    id: 'plan',
    caption: { key: 'figures.plan.caption' },
    columns: [count('figures.columns.number')],
    rows: [
      group('plansGroup'),
      item('centers', plan.centers),
      item('plans', plan.plans),
      item('confirmed', plan.confirmed),
      share('planRate', plan.planRate),
      group('linesGroup'),
      item('lines', plan.lines),
      item('done', plan.done),
      item('doneDifferently', plan.doneDifferently),
      item('notYet', plan.lines - plan.done),
      share('doneRate', plan.doneRate),
    ],
  };
}

function locationTable(figures: LocationFigures): FigureTable {
  return {
    id: 'locations',
    caption: { key: 'figures.locations.caption' },
    columns: [count('figures.columns.number')],
    rows: (['subdistricts', 'subdistrictsWithCenter', 'subdistrictsWithoutCenter', 'centers'] as const).map((key) => ({
      id: key,
      label: { key: `figures.locations.${key}` },
      values: [figures.locations[key]],
      kind: 'item',
    })),
  };
}

/**
 * The figures of a report as the tables of the official form (enclosure 2): the district's
 * centers, activities under 3.1/3.2/3.3, participants per target group, the 7 partner sectors and,
 * when the report recorded them, the centers' driving plans against what was done.
 * A NaN value is a cell left empty (a sum that would count a center twice).
 */
export function figureTables(figures: ReportFigures): FigureTable[] {
  if (figures.kind === 'LOCATION') return [locationTable(figures)];
  return [
    centersTable(figures.compliance),
    activitiesTable(figures.activities),
    participantsTable(figures.activities),
    sectorsTable(figures),
    ...(figures.plan ? [planTable(figures.plan)] : []),
  ];
}

/**
 * A fiscal year's figures as the same tables: compliance per quarter (Q1 to Q4 as columns), the
 * year's activities and participants (the quarters summed), and its partners per sector.
 */
export function yearFigureTables(figures: YearFigures): FigureTable[] {
  return [
    complianceByQuarterTable(figures.complianceByQuarter),
    activitiesTable(figures.activities),
    participantsTable(figures.activities),
    sectorsTable(figures),
  ];
}

/** The text of a label; `t` is bound to the reporting namespace (fixed to Thai on printed forms). */
export function labelText(t: (key: string, params?: Record<string, unknown>) => string, label: Label): string {
  const params = Object.fromEntries(
    Object.entries(label.params ?? {}).map(([name, value]) => [name, typeof value === 'object' ? t(value.key) : value]),
  );
  return t(label.key, params);
}
