import { Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDate, todayInBangkok } from '@/lib/dates';
import { formatCount } from '@/lib/numbers';
import { useDeadlines } from '../api/get-deadlines';
import type { Standing } from '../api/get-district-report';
import { useProvinceReports, type ProvinceStanding } from '../api/get-province-reports';
import { DeadlineDateModal } from '../components/deadline-date-modal';
import { FiscalYearSelect } from '../components/fiscal-year-select';
import { NationalRollUp } from '../components/national-roll-up';
import { ProvinceReportsTable } from '../components/province-reports-table';
import { provinceStandings, StandingBadge } from '../components/standing-badge';
import { useReportingParams } from '../hooks/use-fiscal-year-param';
import { useReportingAccess } from '../hooks/use-reporting-access';
import { deadlineTitle, nearestDeadline, provinceCompletenessPath } from '../utils/deadline';

// Without the department's date a submission is only SUBMITTED and nothing is missing; with it,
// submissions are on time or late and the unsent ones go missing once it passes.
const withoutDate: readonly Standing[] = ['NOT_STARTED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED'];
const withDate: readonly Standing[] = ['NOT_STARTED', 'DRAFT', 'SUBMITTED_ON_TIME', 'SUBMITTED_LATE', 'RETURNED', 'ACCEPTED', 'MISSING'];

/** How many provinces stand where; the standings that cannot occur under the date's rule are left out unless counted. */
function standingCounts(provinces: ProvinceStanding[], hasDate: boolean): [Standing, number][] {
  const shown = hasDate ? withDate : withoutDate;
  return provinceStandings
    .map((standing) => [standing, provinces.filter((p) => p.standing === standing).length] as [Standing, number])
    .filter(([standing, count]) => shown.includes(standing) || count > 0);
}

/** The department's queue (/reports/provinces?fiscalYear=&deadlineId=): every province's report of a quarterly deadline. */
export function ProvinceReportsRoute() {
  const { t, i18n } = useTranslation('reporting');
  const lang = i18n.language;
  const access = useReportingAccess();
  const { fiscalYear, params, update } = useReportingParams();
  const deadlines = useDeadlines(fiscalYear);
  // Provinces report to the department on quarterly deadlines only.
  const quarterly = (deadlines.data ?? []).filter((d) => d.kind === 'QUARTERLY_REPORT');
  const deadline = quarterly.find((d) => d.id === params.get('deadlineId')) ?? nearestDeadline(quarterly, todayInBangkok());
  const list = useProvinceReports(deadline?.id ?? '');
  const [editing, setEditing] = useState(false);

  if (access.isLoading) return <Loading />;

  const title = deadline ? deadlineTitle(deadline, lang) : '';
  const counts = list.data ? standingCounts(list.data.provinces, Boolean(list.data.dueOn)) : [];

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('provinceQueue.heading')}</Title>
        <Group gap="xs">
          <Button component={Link} to={provinceCompletenessPath(fiscalYear)} variant="default">
            {t('provinceMatrix.link')}
          </Button>
          <Button component={Link} to={`/reports/deadlines?fiscalYear=${fiscalYear}`} variant="default">
            {t('reports.deadlinesLink')}
          </Button>
        </Group>
      </Group>
      <Paper withBorder p="md" component="section" role="search" aria-label={t('provinceQueue.filters')}>
        <Group align="flex-end">
          <FiscalYearSelect value={fiscalYear} onChange={(year) => update({ fiscalYear: String(year), deadlineId: undefined })} />
          <NativeSelect
            label={t('filters.deadline')}
            value={deadline?.id ?? ''}
            data={quarterly.map((d) => ({ value: d.id, label: deadlineTitle(d, lang) }))}
            onChange={(event) => update({ deadlineId: event.currentTarget.value })}
            miw={320}
          />
        </Group>
      </Paper>
      {deadlines.isPending && <Loading />}
      {deadlines.isError && <ProblemAlert error={deadlines.error} onRetry={() => void deadlines.refetch()} />}
      {deadlines.data && quarterly.length === 0 && <Text c="dimmed">{t('provinceQueue.noQuarterly')}</Text>}
      {deadline && (
        <Group gap="sm" align="center">
          <Text>
            {t('provinceQueue.dueOn', {
              date: deadline.provinceReportDueOn
                ? formatDate(deadline.provinceReportDueOn, lang, { style: 'long' })
                : t('provinceReport.noDate'),
            })}{' '}
            <Text span size="sm" c="dimmed">
              {t('provinceQueue.districtsDueOn', { date: formatDate(deadline.dueOn, lang, { style: 'long' }) })}
            </Text>
          </Text>
          {access.isDepartment && (
            <Button
              size="xs"
              variant="light"
              onClick={() => setEditing(true)}
              aria-label={t('deadlines.provinceReport.buttonFor', { title })}
            >
              {t('deadlines.provinceReport.button')}
            </Button>
          )}
        </Group>
      )}
      {list.isError && <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />}
      {deadline && list.isPending && <Loading />}
      {deadline && list.data && (
        <>
          <section aria-label={t('provinceQueue.counts')}>
            <Group gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              <Text component="li" fw={700} size="sm">
                {t('provinceQueue.total', { count: formatCount(list.data.provinces.length, lang) })}
              </Text>
              {counts.map(([standing, count]) => (
                <Group component="li" key={standing} gap={4} wrap="nowrap">
                  <StandingBadge standing={standing} />
                  <Text span fw={700} size="sm">
                    {formatCount(count, lang)}
                  </Text>
                </Group>
              ))}
            </Group>
          </section>
          <ProvinceReportsTable
            caption={t('provinceQueue.caption', { deadline: title })}
            deadlineId={deadline.id}
            provinces={list.data.provinces}
          />
        </>
      )}
      {deadline && access.isDepartment && <NationalRollUp deadlineId={deadline.id} fiscalYear={fiscalYear} />}
      {editing && deadline && (
        <DeadlineDateModal deadline={deadline} scope={{ kind: 'provinceReport' }} onClose={() => setEditing(false)} />
      )}
    </Stack>
  );
}
