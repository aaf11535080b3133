import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListSection } from '@/components/list-section';
import { PagedList } from '@/components/paged-list';
import { FiscalYearChoice } from '@/features/calendar/components/fiscal-year-choice';
import { usePermissions } from '@/features/me/hooks/use-permissions';
import { useFiscalYearParam } from '@/lib/fiscal-year';
import { useListParams } from '@/lib/list-params';
import { useCoverage } from '../api/get-coverage';
import { useOverdueFollowUps } from '../api/get-overdue-follow-ups';
import { useRankings } from '../api/get-rankings';
import { useVisits } from '../api/get-visits';
import { CoverageTable } from '../components/coverage-table';
import { RankingsTable } from '../components/rankings-table';
import { VisitsTable } from '../components/visits-table';
import { newVisitPath, rubricPath } from '../utils/paths';

const listSchema = { filters: {}, sortFields: [] as const };

/**
 * Supervision and evaluation of the user's area (/evaluation?fiscalYear=): the centers ranked by
 * their latest score, the share visited per quarter, the overdue follow-ups and the visits.
 */
export function EvaluationRoute() {
  const { t } = useTranslation('evaluation');
  const canWrite = usePermissions().canWrite;
  const [fiscalYear, setFiscalYear] = useFiscalYearParam();
  const list = useListParams<Record<string, never>, never>(listSchema);
  const visits = useVisits({ fiscalYear, ...list.pageQuery, sort: undefined });
  const rankings = useRankings('', fiscalYear);
  const coverage = useCoverage('', fiscalYear);
  const overdue = useOverdueFollowUps();

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('page.heading')}</Title>
        <Group gap="xs">
          <Button component={Link} to={rubricPath(fiscalYear)} variant="default">
            {t('page.rubric')}
          </Button>
          {canWrite && (
            <Button component={Link} to={newVisitPath()}>
              {t('page.newVisit')}
            </Button>
          )}
        </Group>
      </Group>
      <Paper withBorder p="md" component="section" role="search" aria-label={t('page.filters')}>
        <FiscalYearChoice value={String(fiscalYear)} onChange={(year) => setFiscalYear(Number(year))} />
      </Paper>
      <Paper withBorder p="md">
        <ListSection headingId="rankings-heading" heading={t('rankings.heading')} result={rankings} emptyText={t('rankings.empty')}>
          {(rows) => <RankingsTable rankings={rows} fiscalYear={fiscalYear} />}
        </ListSection>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="coverage-heading">
        <Title order={3} size="h4" id="coverage-heading" mb="sm">
          {t('coverage.heading')}
        </Title>
        {coverage.data && <CoverageTable coverage={coverage.data} />}
      </Paper>
      <Paper withBorder p="md">
        <ListSection headingId="follow-ups-heading" heading={t('followUps.heading')} result={overdue} emptyText={t('followUps.empty')}>
          {(rows) => <VisitsTable visits={rows} caption={t('followUps.caption')} />}
        </ListSection>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="visits-heading">
        <Stack>
          <Title order={3} size="h4" id="visits-heading">
            {t('visits.heading')}
          </Title>
          <PagedList ns="evaluation" result={visits} list={list}>
            {(items) => <VisitsTable visits={items} caption={t('visits.caption')} />}
          </PagedList>
        </Stack>
      </Paper>
    </Stack>
  );
}
