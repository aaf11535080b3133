import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { FiscalYearChoice } from '@/features/calendar/components/fiscal-year-choice';
import { useFiscalYearParam } from '@/lib/fiscal-year';
import { localizedName } from '@/lib/localized-name';
import { formatCount, formatPercent } from '@/lib/numbers';
import { usePlanSummary, type PlanSummary } from '@/lib/plan-summary';

type Row = PlanSummary['totals'];

/** The plans of the user's area (/plans?fiscalYear=): per province, district or sub-district, the share of centers with a plan and of lines done. */
export function PlansRoute() {
  const { t, i18n } = useTranslation('plans');
  const lang = i18n.language;
  const [fiscalYear, setFiscalYear] = useFiscalYearParam();
  const summary = usePlanSummary('', fiscalYear);
  const cells = (row: Row) => (
    <>
      <Table.Td ta="right">{formatCount(row.centers, lang)}</Table.Td>
      <Table.Td ta="right">
        {formatCount(row.plans, lang)} ({formatPercent(row.planRate, lang)})
      </Table.Td>
      <Table.Td ta="right">{formatCount(row.confirmed, lang)}</Table.Td>
      <Table.Td ta="right">{formatCount(row.lines, lang)}</Table.Td>
      <Table.Td ta="right">
        {formatCount(row.done, lang)} ({formatPercent(row.doneRate, lang)})
      </Table.Td>
    </>
  );

  return (
    <Stack>
      <Title order={2}>{t('summary.heading')}</Title>
      <Paper withBorder p="md" component="section" role="search" aria-label={t('summary.filters')}>
        <FiscalYearChoice value={String(fiscalYear)} onChange={(year) => setFiscalYear(Number(year))} />
      </Paper>
      {summary.isPending && <Loading />}
      {summary.isError && <ProblemAlert error={summary.error} onRetry={() => void summary.refetch()} />}
      {summary.data && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Caption>{t('summary.caption', { year: fiscalYear })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('summary.area')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('summary.centers')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('summary.plans')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('summary.confirmed')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('summary.lines')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('summary.done')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {summary.data.rows.map((row) => (
                <Table.Tr key={row.area.code}>
                  <Table.Th scope="row" fw={400}>
                    {localizedName(row.area, lang)}
                  </Table.Th>
                  {cells(row)}
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">{t('summary.total')}</Table.Th>
                {cells(summary.data.totals)}
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="sm" c="dimmed">
        {t('summary.help')}
      </Text>
    </Stack>
  );
}
