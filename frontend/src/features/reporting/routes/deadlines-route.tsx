import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useDeadlines } from '../api/get-deadlines';
import { DeadlinesTable } from '../components/deadlines-table';
import { FiscalYearSelect } from '../components/fiscal-year-select';
import { HolidaysSection } from '../components/holidays-section';
import { useReportingParams } from '../hooks/use-fiscal-year-param';
import { useReportingAccess } from '../hooks/use-reporting-access';

/** Deadline settings (/reports/deadlines?fiscalYear=): the dates of a year and the holidays behind them. */
export function DeadlinesRoute() {
  const { t } = useTranslation('reporting');
  const access = useReportingAccess();
  const { fiscalYear, update } = useReportingParams();
  const deadlines = useDeadlines(fiscalYear);

  if (access.isLoading) return <Loading />;

  return (
    <Stack>
      <Anchor component={Link} to={`/reports?fiscalYear=${fiscalYear}`} size="sm">
        {t('report.back')}
      </Anchor>
      <Title order={2}>{t('deadlines.heading')}</Title>
      <Paper withBorder p="md" component="section" role="search" aria-label={t('deadlines.filters')}>
        <FiscalYearSelect value={fiscalYear} onChange={(year) => update({ fiscalYear: String(year) })} />
      </Paper>
      <Text size="sm" c="dimmed">
        {t(access.canSetProvinceDates ? 'deadlines.helpProvince' : access.isDepartment ? 'deadlines.helpNational' : 'deadlines.help')}
      </Text>
      {deadlines.isPending && <Loading />}
      {deadlines.isError && <ProblemAlert error={deadlines.error} onRetry={() => void deadlines.refetch()} />}
      {deadlines.data &&
        (deadlines.data.length === 0 ? (
          <Text c="dimmed">{t('deadlines.empty')}</Text>
        ) : (
          <DeadlinesTable deadlines={deadlines.data} access={access} />
        ))}
      <Paper withBorder p="md">
        <HolidaysSection fiscalYear={fiscalYear} canEdit={access.isDepartment} />
      </Paper>
    </Stack>
  );
}
