import { Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { PrintToolbar, useThaiDigitsParam } from '@/components/print-toolbar';
import { ProblemAlert } from '@/components/problem-alert';
import { useProvinceReport } from '../api/get-province-report';
import { ProvinceReportPrint } from '../components/province-report-print';
import { provinceReportPath } from '../utils/deadline';

/** The province's report as the server holds it (figures summed from its districts, frozen once submitted). */
export function ProvinceReportPrintRoute() {
  const { deadlineId = '', provinceCode = '' } = useParams();
  const [thaiDigits, setThaiDigits] = useThaiDigitsParam();
  const report = useProvinceReport(deadlineId, provinceCode);

  return (
    <Stack>
      <PrintToolbar
        ns="reporting"
        backTo={provinceReportPath(deadlineId, provinceCode)}
        thaiDigits={thaiDigits}
        onThaiDigits={setThaiDigits}
        ready={Boolean(report.data)}
      />
      {report.isPending && <Loading />}
      {report.isError && <ProblemAlert error={report.error} onRetry={() => void report.refetch()} />}
      {report.data && <ProvinceReportPrint report={report.data} thaiDigits={thaiDigits} />}
    </Stack>
  );
}
