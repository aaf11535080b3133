import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { AreaSelects } from '@/features/geo/components/area-selects';
import { formatDateTime } from '@/lib/dates';
import { localizedName } from '@/lib/localized-name';
import { usePermissions } from '@/features/me/hooks/use-permissions';
import { useDownloadLocationReport } from '../api/download-location-report';
import { useLocationReport } from '../api/get-location-report';
import { LocationReportDistrictSection } from '../components/location-report-district';
import { LocationReportTotals } from '../components/location-report-totals';
import { useReportArea } from '../hooks/use-report-area';

export function LocationReportRoute() {
  const { t, i18n } = useTranslation('centers');
  const canWrite = usePermissions().canWrite;
  const { areaCode, value, setArea } = useReportArea();
  const report = useLocationReport(areaCode);
  const download = useDownloadLocationReport();
  const printUrl = `/centers/location-report/print${areaCode ? `?areaCode=${areaCode}` : ''}`;

  return (
    <Stack>
      <Anchor component={Link} to="/centers" size="sm">
        {t('detail.back')}
      </Anchor>
      <Title order={2}>{t('report.heading')}</Title>
      <Paper withBorder p="md" component="section" role="search" aria-label={t('report.areaLabel')}>
        <AreaSelects value={value} depth="district" emptyLabel={t('report.wholeArea')} onChange={setArea} />
      </Paper>
      {report.isPending && <Loading />}
      {report.isError && <ProblemAlert error={report.error} onRetry={() => void report.refetch()} />}
      {report.data && (
        <>
          <Group justify="space-between" align="flex-end">
            <div>
              <Title order={3} size="h3">
                {localizedName({ nameTh: report.data.areaNameTh, nameEn: report.data.areaNameEn }, i18n.language)}
              </Title>
              <Text size="sm" c="dimmed">
                {t('report.generatedAt', { date: formatDateTime(report.data.generatedAt, i18n.language) })}
              </Text>
            </div>
            <Group gap="xs">
              <Button variant="default" loading={download.isPending} onClick={() => download.mutate(areaCode)}>
                {t('report.download')}
              </Button>
              <Button component={Link} to={printUrl} variant="default">
                {t('report.print')}
              </Button>
            </Group>
          </Group>
          {download.isError && <ProblemAlert error={download.error} />}
          <LocationReportTotals totals={report.data.totals} />
          {report.data.districts.map((district) => (
            <LocationReportDistrictSection key={district.code} district={district} canWrite={canWrite} />
          ))}
        </>
      )}
    </Stack>
  );
}
