import type { QueryClient } from '@tanstack/react-query';
import type { ProvinceReport } from './get-province-report';
import { provinceReportKeys } from './query-keys';

/** A province report changed: keep the answer, and refresh the department's queue of that deadline. */
export async function invalidateProvinceReport(queryClient: QueryClient, report: ProvinceReport) {
  queryClient.setQueryData(provinceReportKeys.detail(report.deadline.id, report.provinceCode), report);
  await queryClient.invalidateQueries({ queryKey: provinceReportKeys.list(report.deadline.id) });
}
