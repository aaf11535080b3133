import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { locationReportKeys } from './query-keys';

export type LocationReport = components['schemas']['LocationReportView'];
export type LocationReportDistrict = components['schemas']['LocationReportDistrict'];
export type LocationReportSubdistrict = components['schemas']['LocationReportSubdistrict'];
export type LocationReportCenter = components['schemas']['LocationReportCenter'];

/** The report of an area; the caller's own area when `areaCode` is empty. */
export async function getLocationReport(areaCode: string) {
  const query = areaCode ? { areaCode } : {};
  return body(await api.GET('/api/v1/center-location-report', { params: { query } }));
}

export const getLocationReportQueryOptions = (areaCode: string) =>
  queryOptions({
    queryKey: locationReportKeys.area(areaCode),
    queryFn: () => getLocationReport(areaCode),
    staleTime: 0,
  });

export const useLocationReport = (areaCode: string) => useQuery(getLocationReportQueryOptions(areaCode));
