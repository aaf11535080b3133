import { Anchor, Button, Group, Stack, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useLocationReport } from '../api/get-location-report';
import { LocationReportPrint } from '../components/location-report-print';
import { useReportArea } from '../hooks/use-report-area';

export function LocationReportPrintRoute() {
  const { t } = useTranslation('centers');
  const { areaCode, params, update } = useReportArea();
  const thaiDigits = params.get('thaiDigits') === '1';
  const report = useLocationReport(areaCode);

  const setThaiDigits = (on: boolean) => update({ thaiDigits: on ? '1' : undefined });

  return (
    <Stack>
      <Group justify="space-between" className="cdvl-no-print">
        <Anchor component={Link} to={`/centers/location-report${areaCode ? `?areaCode=${areaCode}` : ''}`} size="sm">
          {t('print.back')}
        </Anchor>
        <Group>
          <Switch
            label={t('print.thaiDigits')}
            checked={thaiDigits}
            onChange={(event) => setThaiDigits(event.currentTarget.checked)}
          />
          <Button onClick={() => window.print()} disabled={!report.data}>
            {t('print.print')}
          </Button>
        </Group>
      </Group>
      {report.isPending && <Loading />}
      {report.isError && <ProblemAlert error={report.error} onRetry={() => void report.refetch()} />}
      {report.data && <LocationReportPrint report={report.data} thaiDigits={thaiDigits} />}
    </Stack>
  );
}
