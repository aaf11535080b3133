import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useDeadlines } from '../api/get-deadlines';
import { DeadlinesTable } from '../components/deadlines-table';
import { FiscalYearSelect } from '../components/fiscal-year-select';
import { HolidaysMissingAlert } from '../components/holidays-missing-alert';
import { HolidaysSection } from '../components/holidays-section';
import { LocationReportButton } from '../components/location-report-button';
import { OperationPeriodSection } from '../components/operation-period-section';
import { useReportingParams } from '../hooks/use-fiscal-year-param';
import { useReportingAccess } from '../hooks/use-reporting-access';
import { contactsPath, remindersPath } from '../utils/deadline';
import { yearsWithoutHolidays } from '../utils/holiday-years';

/**
 * The deadline desk (/reports/deadlines?fiscalYear=): the dates of a year, its operation period, the
 * holidays behind the dates, and the way to the office e-mails and reminders that chase them.
 */
export function DeadlinesRoute() {
  const { t } = useTranslation('reporting');
  const access = useReportingAccess();
  const { fiscalYear, update } = useReportingParams();
  const deadlines = useDeadlines(fiscalYear);

  if (access.isLoading) return <Loading />;

  const missingYears = yearsWithoutHolidays(deadlines.data ?? []);
  const canOpenLocationReport =
    access.isDepartment && deadlines.data !== undefined && !deadlines.data.some((d) => d.kind === 'LOCATION_REPORT');

  return (
    <Stack>
      <Anchor component={Link} to={`/reports?fiscalYear=${fiscalYear}`} size="sm">
        {t('report.back')}
      </Anchor>
      <Title order={2}>{t('deadlines.heading')}</Title>
      <Paper withBorder p="md" component="section" role="search" aria-label={t('deadlines.filters')}>
        <FiscalYearSelect value={fiscalYear} onChange={(year) => update({ fiscalYear: String(year) })} />
      </Paper>
      {access.canKeepContacts && (
        <Group component="nav" aria-label={t('deadlines.links.label')} gap="lg">
          <Anchor component={Link} to={contactsPath()}>
            {t('deadlines.links.contacts')}
          </Anchor>
          <Anchor component={Link} to={remindersPath(fiscalYear)}>
            {t('deadlines.links.reminders')}
          </Anchor>
        </Group>
      )}
      <Text size="sm" c="dimmed">
        {t(access.canSetProvinceDates ? 'deadlines.helpProvince' : access.isDepartment ? 'deadlines.helpNational' : 'deadlines.help')}
      </Text>
      <HolidaysMissingAlert years={missingYears} />
      {deadlines.isPending && <Loading />}
      {deadlines.isError && <ProblemAlert error={deadlines.error} onRetry={() => void deadlines.refetch()} />}
      {deadlines.data &&
        (deadlines.data.length === 0 ? (
          <Text c="dimmed">{t('deadlines.empty')}</Text>
        ) : (
          <DeadlinesTable deadlines={deadlines.data} access={access} />
        ))}
      {canOpenLocationReport && (
        <Group>
          <LocationReportButton fiscalYear={fiscalYear} />
        </Group>
      )}
      <Paper withBorder p="md">
        <OperationPeriodSection fiscalYear={fiscalYear} canEdit={access.isDepartment} />
      </Paper>
      <Paper withBorder p="md">
        <HolidaysSection fiscalYear={fiscalYear} canEdit={access.isDepartment} missingYears={missingYears} />
      </Paper>
    </Stack>
  );
}
