import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components, operations } from '@/lib/api/schema';
import { sectorCoverageKeys } from './query-keys';

export type SectorCoverage = components['schemas']['SectorCoverageView'];
export type SectorCoverageRow = components['schemas']['SectorCoverageRow'];
export type SectorCoverageQuery = NonNullable<operations['getSectorCoverage']['parameters']['query']>;

export async function getSectorCoverage(query: SectorCoverageQuery) {
  return body(await api.GET('/api/v1/sector-coverage', { params: { query } }));
}

export const getSectorCoverageQueryOptions = (query: SectorCoverageQuery) =>
  queryOptions({
    queryKey: sectorCoverageKeys.figures(query),
    queryFn: () => getSectorCoverage(query),
    placeholderData: keepPreviousData,
  });

export const useSectorCoverage = (query: SectorCoverageQuery, enabled = true) =>
  useQuery({ ...getSectorCoverageQueryOptions(query), enabled });
