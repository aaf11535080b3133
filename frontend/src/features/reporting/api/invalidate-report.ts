import type { QueryClient } from '@tanstack/react-query';
import type { DistrictReport } from './get-district-report';
import { completenessKeys, districtReportKeys, myDeadlineKeys, provinceReportKeys } from './query-keys';

/**
 * A report changed: keep the answer, and refresh the standings shown elsewhere, including its
 * province's report, whose districts' table and prefilled figures follow the district's.
 */
export async function invalidateReport(queryClient: QueryClient, report: DistrictReport) {
  queryClient.setQueryData(districtReportKeys.detail(report.deadline.id, report.districtCode), report);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: myDeadlineKeys.all() }),
    queryClient.invalidateQueries({ queryKey: completenessKeys.all() }),
    queryClient.invalidateQueries({
      queryKey: provinceReportKeys.detail(report.deadline.id, report.province?.code ?? report.districtCode.slice(0, 2)),
    }),
  ]);
}
