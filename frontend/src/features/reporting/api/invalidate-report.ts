import type { QueryClient } from '@tanstack/react-query';
import { districtReportKey, type DistrictReport } from './get-district-report';

/** A report changed: keep the answer, and refresh the standings shown elsewhere. */
export async function invalidateReport(queryClient: QueryClient, report: DistrictReport) {
  queryClient.setQueryData(districtReportKey(report.deadline.id, report.districtCode), report);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['my-deadlines'] }),
    queryClient.invalidateQueries({ queryKey: ['completeness'] }),
  ]);
}
