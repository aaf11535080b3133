import type { QueryKey, UseMutationResult } from '@tanstack/react-query';
import { useAcceptDistrictReport } from './accept-district-report';
import { useAcceptProvinceReport } from './accept-province-report';
import { getDistrictReport, type DistrictReport } from './get-district-report';
import { getProvinceReport, type ProvinceReport } from './get-province-report';
import { districtReportKeys, provinceReportKeys } from './query-keys';
import { useReopenDistrictReport } from './reopen-district-report';
import { useReopenProvinceReport } from './reopen-province-report';
import { useReturnDistrictReport } from './return-district-report';
import { useReturnProvinceReport } from './return-province-report';
import { useSubmitDistrictReport } from './submit-district-report';
import { useSubmitProvinceReport } from './submit-province-report';
import { useWriteDistrictReport, type Narrative } from './write-district-report';
import { useWriteProvinceReport } from './write-province-report';

/** A report with a narrative and a review: a district's to its province, or a province's to the department. */
export type ReviewedReport = DistrictReport | ProvinceReport;

/** Who sends the report to whom; the screens word their texts by it. */
export type ReportLevel = 'district' | 'province';

type Action<I, R> = { run: (input: I) => Promise<R>; isPending: boolean };

/**
 * What the shared report components (editor, review, status) do to one report, whichever level it
 * is: each action is the endpoint's own mutation, bound to the report's deadline and area.
 */
export type ReportActions<R extends ReviewedReport> = {
  level: ReportLevel;
  /** Where the report sits in the cache. */
  queryKey: QueryKey;
  /** Reads the report past the cache. */
  load: () => Promise<R>;
  write: Action<{ version?: number; narrative: Narrative }, R>;
  submit: Action<{ version?: number; narrative?: Narrative }, R>;
  returnReport: Action<{ version: number; comment: string }, R>;
  accept: Action<{ version: number; comment?: string }, R>;
  reopen: Action<{ version: number; reason: string }, R>;
};

function bind<T extends object, I, R>(mutation: UseMutationResult<R, Error, T & I>, target: T): Action<I, R> {
  return { run: (input) => mutation.mutateAsync({ ...target, ...input }), isPending: mutation.isPending };
}

export function useDistrictReportActions(deadlineId: string, districtCode: string): ReportActions<DistrictReport> {
  const target = { deadlineId, districtCode };
  return {
    level: 'district',
    queryKey: districtReportKeys.detail(deadlineId, districtCode),
    load: () => getDistrictReport(deadlineId, districtCode),
    write: bind(useWriteDistrictReport(), target),
    submit: bind(useSubmitDistrictReport(), target),
    returnReport: bind(useReturnDistrictReport(), target),
    accept: bind(useAcceptDistrictReport(), target),
    reopen: bind(useReopenDistrictReport(), target),
  };
}

export function useProvinceReportActions(deadlineId: string, provinceCode: string): ReportActions<ProvinceReport> {
  const target = { deadlineId, provinceCode };
  return {
    level: 'province',
    queryKey: provinceReportKeys.detail(deadlineId, provinceCode),
    load: () => getProvinceReport(deadlineId, provinceCode),
    write: bind(useWriteProvinceReport(), target),
    submit: bind(useSubmitProvinceReport(), target),
    returnReport: bind(useReturnProvinceReport(), target),
    accept: bind(useAcceptProvinceReport(), target),
    reopen: bind(useReopenProvinceReport(), target),
  };
}

/** The i18next context that words a text for the level ("review.return.title_province"), none for a district's. */
export const textContext = (level: ReportLevel) => (level === 'province' ? 'province' : undefined);
