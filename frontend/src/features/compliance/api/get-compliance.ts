import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { complianceKeys } from '@/lib/query-keys';

export type Compliance = components['schemas']['ComplianceView'];
export type ComplianceRow = components['schemas']['ComplianceRow'];
export type ComplianceFigures = components['schemas']['ComplianceFigures'];
export type AreaRef = components['schemas']['AreaRef'];

/** `areaCode` empty: the caller's own area; `quarter` absent: the whole fiscal year. */
export type ComplianceQuery = { areaCode: string; fiscalYear: number; quarter?: number };

export async function getCompliance({ areaCode, fiscalYear, quarter }: ComplianceQuery) {
  const query = { fiscalYear, ...(areaCode ? { areaCode } : {}), ...(quarter ? { quarter } : {}) };
  return body(await api.GET('/api/v1/compliance', { params: { query } }));
}

export const getComplianceQueryOptions = (query: ComplianceQuery) =>
  queryOptions({
    queryKey: complianceKeys.figures(query),
    queryFn: () => getCompliance(query),
    // Figures change with every activity recorded, so they are read again on each visit.
    staleTime: 0,
    placeholderData: keepPreviousData,
  });

export const useCompliance = (query: ComplianceQuery, enabled = true) =>
  useQuery({ ...getComplianceQueryOptions(query), enabled });
