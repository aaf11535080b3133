import type { operations } from '@/lib/api/schema';

/**
 * Query keys of the resources more than one feature reads, one factory each, so the same data is
 * fetched and cached once under one key, and invalidating a key reaches every screen that shows it.
 * Nested keys start with their parent's, so invalidating provinces() also refreshes their districts.
 */
export const queryKeys = {
  me: () => ['me'] as const,
  fiscalYears: () => ['fiscal-years'] as const,
  fiscalYear: (year: number) => [...queryKeys.fiscalYears(), year] as const,
  /** The fiscal year and quarter of a date; '' is today. */
  fiscalQuarter: (date: string) => ['fiscal-calendar', date] as const,
  provinces: () => ['provinces'] as const,
  province: (code: string) => ['provinces', code] as const,
  districts: (provinceCode: string) => ['provinces', provinceCode, 'districts'] as const,
  district: (code: string) => ['districts', code] as const,
  subdistricts: (districtCode: string) => ['districts', districtCode, 'subdistricts'] as const,
};

type CentersQuery = NonNullable<operations['listCenters']['parameters']['query']>;

/**
 * Centers (GET /centers, /centers/{id} and what hangs off one center). Here rather than in the
 * centers feature because activities read the same lists and centers to pick from, and features do
 * not import each other. Every list sits under lists(), so a changed center refreshes them all, the
 * map's and the activity form's included; detail(id) covers the center's history and members.
 */
export const centerKeys = {
  all: () => ['centers'] as const,
  lists: () => [...centerKeys.all(), 'list'] as const,
  /** One page, keyed by the request's own query, so two screens asking the same share it. */
  list: (query: CentersQuery) => [...centerKeys.lists(), query] as const,
  /** Every page of a filter at once (the map). */
  allPages: (query: Omit<CentersQuery, 'page' | 'size'>) => [...centerKeys.lists(), 'all-pages', query] as const,
  details: () => [...centerKeys.all(), 'detail'] as const,
  detail: (id: string) => [...centerKeys.details(), id] as const,
  history: (id: string) => [...centerKeys.detail(id), 'history'] as const,
  members: (centerId: string) => [...centerKeys.detail(centerId), 'members'] as const,
  member: (centerId: string, memberId: string) => [...centerKeys.members(centerId), memberId] as const,
};

type ActivitiesQuery = NonNullable<operations['listActivities']['parameters']['query']>;

/**
 * Activities. Here because partners change an activity's partners, which its history records.
 * detail(id) covers the history, the photo list and the photos' bytes, so a new photo refreshes
 * the page in one call.
 */
export const activityKeys = {
  all: () => ['activities'] as const,
  lists: () => [...activityKeys.all(), 'list'] as const,
  list: (query: ActivitiesQuery) => [...activityKeys.lists(), query] as const,
  details: () => [...activityKeys.all(), 'detail'] as const,
  detail: (id: string) => [...activityKeys.details(), id] as const,
  history: (id: string) => [...activityKeys.detail(id), 'history'] as const,
  photos: (id: string) => [...activityKeys.detail(id), 'photos'] as const,
  photo: (id: string, photoId: string, variant: 'thumbnail' | 'full') =>
    [...activityKeys.photos(id), photoId, variant] as const,
};

/** `areaCode` empty: the caller's own area; `quarter` absent: the whole fiscal year. */
type ComplianceQuery = { areaCode: string; fiscalYear: number; quarter?: number };

/**
 * The compliance figures (GET /compliance) and the coverage of centers with activities
 * (GET /coverage). Here because every activity written counts in both.
 */
export const complianceKeys = {
  all: () => ['compliance'] as const,
  figures: (query: ComplianceQuery) => [...complianceKeys.all(), query] as const,
};

export const coverageKeys = {
  all: () => ['coverage'] as const,
  figures: (query: Omit<ComplianceQuery, 'quarter'>) => [...coverageKeys.all(), query] as const,
};

/** The driving plans' summary of an area and year (the plans page, the compliance dashboard's column). */
export const planSummaryKeys = {
  all: () => ['plan-summary'] as const,
  summary: (areaCode: string, fiscalYear: number) => [...planSummaryKeys.all(), areaCode, fiscalYear] as const,
};
