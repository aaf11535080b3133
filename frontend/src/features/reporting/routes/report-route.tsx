import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDate } from '@/lib/dates';
import { localizedName } from '@/lib/localized-name';
import { useDownloadDistrictReport } from '../api/download-district-report';
import { useDistrictReport } from '../api/get-district-report';
import { useDistrictReportActions } from '../api/report-actions';
import { ExcelButton } from '../components/excel-button';
import { ReportNarrative } from '../components/report-editor';
import { ReportFigures } from '../components/report-figures';
import { ReportStatus } from '../components/report-status';
import { ReviewActions } from '../components/review-actions';
import { StandingBadge } from '../components/standing-badge';
import { useReportingAccess } from '../hooks/use-reporting-access';
import { deadlineTitle, queuePath } from '../utils/deadline';

export function ReportRoute() {
  const { t, i18n } = useTranslation('reporting');
  const lang = i18n.language;
  const { deadlineId = '', districtCode = '' } = useParams();
  const access = useReportingAccess();
  const report = useDistrictReport(deadlineId, districtCode);
  const actions = useDistrictReportActions(deadlineId, districtCode);
  const download = useDownloadDistrictReport();
  const data = report.data;

  const backTo =
    data && access.canReview && access.level !== 'DISTRICT'
      ? queuePath(data.deadline.fiscalYear, deadlineId, districtCode.slice(0, 2))
      : `/reports${data ? `?fiscalYear=${data.deadline.fiscalYear}` : ''}`;
  const back = (
    <Anchor component={Link} to={backTo} size="sm">
      {t(access.canReview && access.level !== 'DISTRICT' ? 'report.backToQueue' : 'report.back')}
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
  const frozen = data.state === 'SUBMITTED' || data.state === 'ACCEPTED';

  return (
    <Stack>
      {back}
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2}>{deadlineTitle(deadline, lang)}</Title>
            <StandingBadge standing={data.standing} size="lg" />
          </Group>
          <Text>
            {t('report.area', {
              district: localizedName(data.district, lang),
              province: data.province ? localizedName(data.province, lang) : '',
            })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('report.dueOn', { date: formatDate(deadline.dueOn, lang, { style: 'long' }) })}
            {deadline.dueOn !== deadline.nationalDueOn &&
              ` ${t('report.nationalDueOn', { date: formatDate(deadline.nationalDueOn, lang, { style: 'long' }) })}`}
          </Text>
        </Stack>
        <Group gap="xs">
          {access.canReview && <ReviewActions report={data} actions={actions} />}
          <ExcelButton download={download} input={{ deadlineId, districtCode }} label={t('report.excel')} />
          <Button component={Link} to={`/reports/${deadlineId}/${districtCode}/print`} variant="default">
            {t('report.print')}
          </Button>
        </Group>
      </Group>
      <ReportStatus report={data} canPrepare={access.canPrepare} />
      <Paper withBorder p="md">
        <ReportFigures figures={data.figures} frozen={frozen} />
      </Paper>
      <ReportNarrative report={data} actions={actions} canPrepare={access.canPrepare} />
    </Stack>
  );
}
