import { Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { PrintToolbar, useThaiDigitsParam } from '@/components/print-toolbar';
import { ProblemAlert } from '@/components/problem-alert';
import { useNationalReport } from '../api/get-national-report';
import { NationalReportPrint } from '../components/national-report-print';
import { provinceQueuePath } from '../utils/deadline';

/** The department's A4 summary of a quarter (/reports/national/:deadlineId/print), as the roll-up stands now. */
export function NationalReportPrintRoute() {
  const { deadlineId = '' } = useParams();
  const [thaiDigits, setThaiDigits] = useThaiDigitsParam();
  const report = useNationalReport(deadlineId);
  const deadline = report.data?.deadline;

  return (
    <Stack>
      <PrintToolbar
        ns="reporting"
        backTo={deadline ? provinceQueuePath(deadline.fiscalYear, deadline.id) : '/reports/provinces'}
        thaiDigits={thaiDigits}
        onThaiDigits={setThaiDigits}
        ready={Boolean(report.data)}
      />
      {report.isPending && <Loading />}
      {report.isError && <ProblemAlert error={report.error} onRetry={() => void report.refetch()} />}
      {report.data && <NationalReportPrint report={report.data} thaiDigits={thaiDigits} />}
    </Stack>
  );
}
