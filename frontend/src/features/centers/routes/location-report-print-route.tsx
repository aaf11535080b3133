import { Stack } from '@mantine/core';
import { Loading } from '@/components/loading';
import { PrintToolbar, useThaiDigitsParam } from '@/components/print-toolbar';
import { ProblemAlert } from '@/components/problem-alert';
import { useLocationReport } from '../api/get-location-report';
import { LocationReportPrint } from '../components/location-report-print';
import { useReportArea } from '../hooks/use-report-area';

export function LocationReportPrintRoute() {
  const { areaCode } = useReportArea();
  const [thaiDigits, setThaiDigits] = useThaiDigitsParam();
  const report = useLocationReport(areaCode);

  return (
    <Stack>
      <PrintToolbar
        ns="centers"
        backTo={`/centers/location-report${areaCode ? `?areaCode=${areaCode}` : ''}`}
        thaiDigits={thaiDigits}
        onThaiDigits={setThaiDigits}
        ready={Boolean(report.data)}
      />
      {report.isPending && <Loading />}
      {report.isError && <ProblemAlert error={report.error} onRetry={() => void report.refetch()} />}
      {report.data && <LocationReportPrint report={report.data} thaiDigits={thaiDigits} />}
    </Stack>
  );
}
