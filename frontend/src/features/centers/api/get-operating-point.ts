import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { isProblem } from '@/lib/problem';
import { operatingPointKeys } from './query-keys';

export type OperatingPoint = components['schemas']['OperatingPointView'];

/** The district's operating point, or null while none has been set. */
export async function getOperatingPoint(districtCode: string): Promise<OperatingPoint | null> {
  try {
    return body(await api.GET('/api/v1/districts/{code}/operating-point', { params: { path: { code: districtCode } } }));
  } catch (error) {
    if (isProblem(error, 'center.operating-point.not-set')) return null;
    throw error;
  }
}

export const getOperatingPointQueryOptions = (districtCode: string) =>
  queryOptions({
    queryKey: operatingPointKeys.district(districtCode),
    queryFn: () => getOperatingPoint(districtCode),
    staleTime: 0,
  });

export const useOperatingPoint = (districtCode: string, enabled = true) =>
  useQuery({ ...getOperatingPointQueryOptions(districtCode), enabled });
