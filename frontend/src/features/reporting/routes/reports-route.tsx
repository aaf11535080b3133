import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDate } from '@/lib/dates';
import { useCompleteness } from '../api/get-completeness';
import { useDeadlines, type Deadline } from '../api/get-deadlines';
import { FiscalYearSelect } from '../components/fiscal-year-select';
import { StandingBadge } from '../components/standing-badge';
import { useReportingParams } from '../hooks/use-fiscal-year-param';
import { useReportingAccess, type ReportingAccess } from '../hooks/use-reporting-access';
import {
  completenessPath,
  deadlineTitle,
  provinceQueuePath,
  provinceReportPath,
  queuePath,
  reportPath,
} from '../utils/deadline';

function DeadlineAction({ deadline, access, title }: { deadline: Deadline; access: ReportingAccess; title: string }) {
  const { t } = useTranslation('reporting');
  if (access.districtCode) {
    return (
      <Anchor component={Link} to={reportPath(deadline.id, access.districtCode)} aria-label={t('reports.openFor', { title })}>
        {t('reports.open')}
      </Anchor>
    );
  }
  // Provinces report to the department on quarterly deadlines; the location report stays a roll-up.
  const quarterly = deadline.kind === 'QUARTERLY_REPORT';
  if (access.level === 'PROVINCE') {
    return (
      <Group gap="md">
        <Anchor component={Link} to={queuePath(deadline.fiscalYear, deadline.id)} aria-label={t('reports.queueFor', { title })}>
          {t('reports.queue')}
        </Anchor>
        {quarterly && (
          <Anchor
            component={Link}
            to={provinceReportPath(deadline.id, access.provinceCode)}
            aria-label={t('reports.provinceReportFor', { title })}
          >
            {t('reports.provinceReport')}
          </Anchor>
        )}
      </Group>
    );
  }
  return (
    <Group gap="md">
      <Anchor component={Link} to={completenessPath(deadline.fiscalYear)}>
        {t('reports.matrix')}
      </Anchor>
      {quarterly && access.isDepartment && (
        <Anchor
          component={Link}
          to={provinceQueuePath(deadline.fiscalYear, deadline.id)}
          aria-label={t('reports.provincesFor', { title })}
        >
          {t('reports.provinces')}
        </Anchor>
      )}
    </Group>
  );
}

/** The reports of a fiscal year (/reports?fiscalYear=): each deadline, with the user's way into it. */
export function ReportsRoute() {
  const { t, i18n } = useTranslation('reporting');
  const lang = i18n.language;
  const access = useReportingAccess();
  const { fiscalYear, update } = useReportingParams();
  const deadlines = useDeadlines(fiscalYear);
  // A district officer sees where their own district stands for each deadline.
  const own = useCompleteness(access.districtCode, fiscalYear, { enabled: Boolean(access.districtCode) });
  const standingOf = (deadlineId: string) =>
    access.districtCode
      ? own.data?.rows.find((row) => row.area.code === access.districtCode)?.cells.find((c) => c.deadlineId === deadlineId)
          ?.standing
      : undefined;

  if (access.isLoading) return <Loading />;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('reports.heading')}</Title>
        <Group gap="xs">
          {access.level === 'PROVINCE' && (
            <Button component={Link} to={`/reports/queue?fiscalYear=${fiscalYear}`} variant="default">
              {t('reports.queueLink')}
            </Button>
          )}
          {access.isDepartment && (
            <Button component={Link} to={provinceQueuePath(fiscalYear)} variant="default">
              {t('reports.provincesLink')}
            </Button>
          )}
          <Button component={Link} to={completenessPath(fiscalYear)} variant="default">
            {t('reports.matrixLink')}
          </Button>
          <Button component={Link} to={`/reports/deadlines?fiscalYear=${fiscalYear}`} variant="default">
            {t('reports.deadlinesLink')}
          </Button>
        </Group>
      </Group>
      <Paper withBorder p="md" component="section" role="search" aria-label={t('reports.filters')}>
        <FiscalYearSelect value={fiscalYear} onChange={(year) => update({ fiscalYear: String(year) })} />
      </Paper>
      {deadlines.isPending && <Loading />}
      {deadlines.isError && <ProblemAlert error={deadlines.error} onRetry={() => void deadlines.refetch()} />}
      {deadlines.data && deadlines.data.length === 0 && <Text c="dimmed">{t('deadlines.empty')}</Text>}
      {deadlines.data && deadlines.data.length > 0 && (
        <Table.ScrollContainer minWidth={600}>
          <Table withTableBorder striped captionSide="top">
            <Table.Caption>{t('reports.caption', { year: fiscalYear })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('deadlines.columns.report')}</Table.Th>
                <Table.Th scope="col">{t('reports.dueOn')}</Table.Th>
                {access.districtCode && <Table.Th scope="col">{t('queue.columns.standing')}</Table.Th>}
                <Table.Th scope="col">{t('deadlines.columns.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {deadlines.data.map((deadline) => {
                const title = deadlineTitle(deadline, lang);
                const standing = standingOf(deadline.id);
                return (
                  <Table.Tr key={deadline.id}>
                    <Table.Th scope="row" fw={500}>
                      {title}
                    </Table.Th>
                    <Table.Td>{formatDate(deadline.provinceDueOn ?? deadline.dueOn, lang, { style: 'long' })}</Table.Td>
                    {access.districtCode && <Table.Td>{standing ? <StandingBadge standing={standing} /> : '–'}</Table.Td>}
                    <Table.Td>
                      <DeadlineAction deadline={deadline} access={access} title={title} />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
