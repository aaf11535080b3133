import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDate } from '@/lib/dates';
import { localizedName } from '@/lib/localized-name';
import { useDownloadProvinceReport } from '../api/download-province-report';
import { useProvinceReport } from '../api/get-province-report';
import { useProvinceReportActions } from '../api/report-actions';
import { DistrictStandingsTable } from '../components/district-standings-table';
import { ExcelButton } from '../components/excel-button';
import { ReportNarrative } from '../components/report-editor';
import { ReportFigures } from '../components/report-figures';
import { ReportStatus } from '../components/report-status';
import { ReviewActions } from '../components/review-actions';
import { StandingBadge } from '../components/standing-badge';
import { useReportingAccess } from '../hooks/use-reporting-access';
import { deadlineTitle, provinceQueuePath, provinceReportPath, queuePath } from '../utils/deadline';

/**
 * A province's report to the department (/reports/:deadlineId/province/:provinceCode): the
 * districts' figures summed and their standings, and for a quarterly deadline the province's
 * narrative, which the province writes (quoting its districts) and the department reviews.
 */
export function ProvinceReportRoute() {
  const { t, i18n } = useTranslation('reporting');
  const lang = i18n.language;
  const { deadlineId = '', provinceCode = '' } = useParams();
  const access = useReportingAccess();
  const report = useProvinceReport(deadlineId, provinceCode);
  const actions = useProvinceReportActions(deadlineId, provinceCode);
  const download = useDownloadProvinceReport();
  const data = report.data;

  const fiscalYear = data?.deadline.fiscalYear;
  const back = access.isDepartment ? (
    <Anchor component={Link} to={fiscalYear ? provinceQueuePath(fiscalYear, deadlineId) : '/reports/provinces'} size="sm">
      {t('provinceReport.backToQueue')}
    </Anchor>
  ) : access.level === 'PROVINCE' && fiscalYear ? (
    <Anchor component={Link} to={queuePath(fiscalYear, deadlineId)} size="sm">
      {t('provinceReport.backToDistricts')}
    </Anchor>
  ) : (
    <Anchor component={Link} to={`/reports${fiscalYear ? `?fiscalYear=${fiscalYear}` : ''}`} size="sm">
      {t('report.back')}
    </Anchor>
  );

  if (report.isError) {
    return (
      <Stack>
        {back}
        <ProblemAlert error={report.error} onRetry={() => void report.refetch()} />
      </Stack>
    );
  }
  if (!data || access.isLoading) return <Loading />;

  const { deadline } = data;
  const quarterly = deadline.kind === 'QUARTERLY_REPORT';
  const frozen = data.state === 'SUBMITTED' || data.state === 'ACCEPTED';
  const province = localizedName(data.province, lang);

  return (
    <Stack>
      {back}
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2}>{deadlineTitle(deadline, lang)}</Title>
            <StandingBadge standing={data.standing} size="lg" />
          </Group>
          <Text>{t('provinceReport.area', { province })}</Text>
          {quarterly && (
            <Text size="sm">
              {data.dueOn ? (
                t('provinceReport.dueOn', { date: formatDate(data.dueOn, lang, { style: 'long' }) })
              ) : (
                <span title={t('provinceReport.noDateHelp')}>
                  {t('provinceReport.dueOn', { date: t('provinceReport.noDate') })}
                </span>
              )}
            </Text>
          )}
          <Text size="sm" c="dimmed">
            {t('provinceReport.districtsDueOn', { date: formatDate(deadline.dueOn, lang, { style: 'long' }) })}
          </Text>
        </Stack>
        <Group gap="xs">
          {quarterly && access.canReviewProvinceReport && <ReviewActions report={data} actions={actions} />}
          <ExcelButton download={download} input={{ deadlineId, provinceCode }} label={t('report.excel')} />
          <Button component={Link} to={`${provinceReportPath(deadlineId, provinceCode)}/print`} variant="default">
            {t('report.print')}
          </Button>
        </Group>
      </Group>
      {quarterly ? (
        <ReportStatus report={data} canPrepare={access.canPrepareProvinceReport} level="province" />
      ) : (
        <Alert color="blue" variant="light">
          {t('provinceReport.locationReadOnly')}
        </Alert>
      )}
      <Paper withBorder p="md">
        <ReportFigures figures={data.figures} frozen={frozen} />
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="districts-heading">
        <Title order={3} size="h4" id="districts-heading">
          {t('provinceReport.districts.heading')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t(frozen ? 'provinceReport.districts.frozen' : 'provinceReport.districts.live')}
        </Text>
        <DistrictStandingsTable
          caption={t('provinceReport.districts.caption', { province })}
          deadlineId={deadlineId}
          districts={data.districts}
          linkReports
        />
      </Paper>
      {quarterly && (
        <ReportNarrative
          report={data}
          actions={actions}
          quotes={data.narratives}
          canPrepare={access.canPrepareProvinceReport}
        />
      )}
    </Stack>
  );
}
