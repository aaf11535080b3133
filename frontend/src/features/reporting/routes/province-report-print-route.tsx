import { Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { PrintToolbar, useThaiDigitsParam } from '@/components/print-toolbar';
import { ProblemAlert } from '@/components/problem-alert';
import { useDistricts } from '@/features/geo/api/get-districts';
import { useDistrictReports } from '../api/get-district-report';
import { ProvinceReportPrint } from '../components/province-report-print';
import { queuePath } from '../utils/deadline';

/** The province's roll-up, built from each district's report (figures as the districts reported them). */
export function ProvinceReportPrintRoute() {
  const { deadlineId = '', provinceCode = '' } = useParams();
  const [thaiDigits, setThaiDigits] = useThaiDigitsParam();
  const districts = useDistricts(provinceCode);
  const codes = districts.data?.items.map((district) => district.code) ?? [];
  const reports = useDistrictReports(deadlineId, codes);
  const failed = districts.error ?? reports.find((report) => report.error)?.error;
  const loaded = reports.map((report) => report.data).filter((report) => report !== undefined);
  const ready = districts.isSuccess && loaded.length === codes.length && loaded.length > 0;
  const first = loaded[0];

  return (
    <Stack>
      <PrintToolbar
        ns="reporting"
        backTo={first ? queuePath(first.deadline.fiscalYear, deadlineId, provinceCode) : '/reports/queue'}
        thaiDigits={thaiDigits}
        onThaiDigits={setThaiDigits}
        ready={ready}
      />
      {failed ? (
        <ProblemAlert
          error={failed}
          onRetry={() => {
            void districts.refetch();
            for (const report of reports) if (report.isError) void report.refetch();
          }}
        />
      ) : !ready || !first ? (
        <Loading />
      ) : (
        <ProvinceReportPrint
          deadline={first.deadline}
          provinceName={first.province?.nameTh ?? provinceCode}
          reports={loaded}
          thaiDigits={thaiDigits}
        />
      )}
    </Stack>
  );
}
