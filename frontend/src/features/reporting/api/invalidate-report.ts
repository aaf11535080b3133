import type { QueryClient } from '@tanstack/react-query';
import type { DistrictReport } from './get-district-report';
import { completenessKeys, districtReportKeys, myDeadlineKeys } from './query-keys';

/** A report changed: keep the answer, and refresh the standings shown elsewhere. */
export async function invalidateReport(queryClient: QueryClient, report: DistrictReport) {
  queryClient.setQueryData(districtReportKeys.detail(report.deadline.id, report.districtCode), report);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: myDeadlineKeys.all() }),
    queryClient.invalidateQueries({ queryKey: completenessKeys.all() }),
  ]);
}
