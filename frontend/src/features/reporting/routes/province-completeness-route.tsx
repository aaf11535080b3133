import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDateTime } from '@/lib/dates';
import { useDeadlines } from '../api/get-deadlines';
import { useProvinceReportCompleteness } from '../api/get-province-report-completeness';
import { CompletenessMatrix } from '../components/completeness-matrix';
import { FiscalYearSelect } from '../components/fiscal-year-select';
import { provinceStandings, StandingBadge } from '../components/standing-badge';
import { useReportingParams } from '../hooks/use-fiscal-year-param';
import { completenessPath, provinceQueuePath } from '../utils/deadline';

/**
 * The provinces' reports to the department (/reports/completeness/provinces?fiscalYear=): 76
 * provinces × the year's quarterly deadlines, each cell the province's own report. The date under a
 * quarter is the department's date for provinces, "not set" until it is given.
 */
export function ProvinceCompletenessRoute() {
  const { t, i18n } = useTranslation('reporting');
  const lang = i18n.language;
  const { fiscalYear, update } = useReportingParams();
  const matrix = useProvinceReportCompleteness(fiscalYear);
  const deadlines = useDeadlines(fiscalYear);
  const provinceDueOn = new Map((deadlines.data ?? []).map((d) => [d.id, d.provinceReportDueOn]));
  const view = matrix.data;

  return (
    <Stack>
      <Group justify="space-between">
        <Anchor component={Link} to={completenessPath(fiscalYear)} size="sm">
          {t('provinceMatrix.back')}
        </Anchor>
        <Anchor component={Link} to={provinceQueuePath(fiscalYear)} size="sm">
          {t('provinceMatrix.queue')}
        </Anchor>
      </Group>
      <Title order={2}>{t('provinceMatrix.heading')}</Title>
      <Paper withBorder p="md" component="section" role="search" aria-label={t('matrix.filters')}>
        <FiscalYearSelect value={fiscalYear} onChange={(year) => update({ fiscalYear: String(year) })} />
      </Paper>
      {matrix.isPending && <Loading />}
      {matrix.isError && <ProblemAlert error={matrix.error} onRetry={() => void matrix.refetch()} />}
      {view && (
        <>
          {view.asOf && (
            <Text size="sm" c="dimmed">
              {t('matrix.asOf', { date: formatDateTime(view.asOf, lang) })}
            </Text>
          )}
          {view.deadlines.length === 0 ? (
            <Text c="dimmed">{t('provinceQueue.noQuarterly')}</Text>
          ) : (
            <CompletenessMatrix
              view={view}
              drillDown={false}
              reports="province"
              dueOf={(deadline) => provinceDueOn.get(deadline.id)}
            />
          )}
          <Group gap="xs" aria-label={t('matrix.legend')} role="group">
            {provinceStandings.map((standing) => (
              <StandingBadge key={standing} standing={standing} />
            ))}
          </Group>
          <Text size="sm" c="dimmed">
            {t('provinceMatrix.help')}
          </Text>
        </>
      )}
    </Stack>
  );
}
