import { Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { PrintToolbar, useThaiDigitsParam } from '@/components/print-toolbar';
import { ProblemAlert } from '@/components/problem-alert';
import { useNationalYearReport } from '../api/get-national-year-report';
import { NationalYearReportPrint } from '../components/national-year-report-print';
import { provinceQueuePath } from '../utils/deadline';

/** The department's A4 summary of a fiscal year (/reports/national/year/:fiscalYear/print). */
export function NationalYearReportPrintRoute() {
  const { fiscalYear = '' } = useParams();
  const year = /^\d{4}$/.test(fiscalYear) ? Number(fiscalYear) : 0;
  const [thaiDigits, setThaiDigits] = useThaiDigitsParam();
  const report = useNationalYearReport(year);

  return (
    <Stack>
      <PrintToolbar
        ns="reporting"
        backTo={year ? provinceQueuePath(year) : '/reports/provinces'}
        thaiDigits={thaiDigits}
        onThaiDigits={setThaiDigits}
        ready={Boolean(report.data)}
      />
      {report.isPending && year > 0 && <Loading />}
      {report.isError && <ProblemAlert error={report.error} onRetry={() => void report.refetch()} />}
      {report.data && <NationalYearReportPrint report={report.data} thaiDigits={thaiDigits} />}
    </Stack>
  );
}
