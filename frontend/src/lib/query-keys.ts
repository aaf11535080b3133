/**
 * Query keys of the resources more than one feature reads, one factory each, so the same data is
 * fetched and cached once under one key, and invalidating a key reaches every screen that shows it.
 * Nested keys start with their parent's, so invalidating provinces() also refreshes their districts.
 */
export const queryKeys = {
  me: () => ['me'] as const,
  fiscalYears: () => ['fiscal-years'] as const,
  /** The fiscal year and quarter of a date; '' is today. */
  fiscalQuarter: (date: string) => ['fiscal-calendar', date] as const,
  provinces: () => ['provinces'] as const,
  province: (code: string) => ['provinces', code] as const,
  districts: (provinceCode: string) => ['provinces', provinceCode, 'districts'] as const,
  district: (code: string) => ['districts', code] as const,
  subdistricts: (districtCode: string) => ['districts', districtCode, 'subdistricts'] as const,
};
