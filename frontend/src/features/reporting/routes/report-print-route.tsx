import { Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { PrintToolbar, useThaiDigitsParam } from '@/components/print-toolbar';
import { ProblemAlert } from '@/components/problem-alert';
import { useDistrictReport } from '../api/get-district-report';
import { ReportPrint } from '../components/report-print';
import { reportPath } from '../utils/deadline';

export function ReportPrintRoute() {
  const { deadlineId = '', districtCode = '' } = useParams();
  const [thaiDigits, setThaiDigits] = useThaiDigitsParam();
  const report = useDistrictReport(deadlineId, districtCode);

  return (
    <Stack>
      <PrintToolbar
        ns="reporting"
        backTo={reportPath(deadlineId, districtCode)}
        thaiDigits={thaiDigits}
        onThaiDigits={setThaiDigits}
        ready={Boolean(report.data)}
      />
      {report.isPending && <Loading />}
      {report.isError && <ProblemAlert error={report.error} onRetry={() => void report.refetch()} />}
      {report.data && <ReportPrint report={report.data} thaiDigits={thaiDigits} />}
    </Stack>
  );
}
