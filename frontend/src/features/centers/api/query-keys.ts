import { queryKeys } from '@/lib/query-keys';

/**
 * Query keys of the resources only the centers feature reads. The centers themselves, their
 * history and members are `centerKeys` in lib/query-keys.ts, because activities read them too.
 */

/** The location report of an area; '' is the caller's own area. */
export const locationReportKeys = {
  all: () => ['center-location-report'] as const,
  area: (areaCode: string) => [...locationReportKeys.all(), areaCode] as const,
};

/** A district's operating point, under the district's own key. */
export const operatingPointKeys = {
  district: (districtCode: string) => [...queryKeys.district(districtCode), 'operating-point'] as const,
};
