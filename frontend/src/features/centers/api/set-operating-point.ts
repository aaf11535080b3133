import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { ifMatch } from '@/lib/versions';
import { locationReportKeys, operatingPointKeys } from './query-keys';

export type OperatingPointRequest = components['schemas']['OperatingPointRequest'];

/** `version` is that of the point replaced; the first setting has none. */
type SetOperatingPointInput = { districtCode: string; version?: number; request: OperatingPointRequest };

export async function setOperatingPoint({ districtCode, version, request }: SetOperatingPointInput) {
  return body(
    await api.PUT('/api/v1/districts/{code}/operating-point', {
      params: {
        path: { code: districtCode },
        header: version === undefined ? {} : { 'If-Match': ifMatch(version) },
      },
      body: request,
    }),
  );
}

export function useSetOperatingPoint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setOperatingPoint,
    onSuccess: (point) => {
      queryClient.setQueryData(operatingPointKeys.district(point.districtCode), point);
      return queryClient.invalidateQueries({ queryKey: locationReportKeys.all() });
    },
  });
}
