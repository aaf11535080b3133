import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { FiscalPeriodSelects } from '@/features/calendar/components/fiscal-period-selects';
import { AreaBreadcrumbs } from '@/features/geo/components/area-breadcrumbs';
import { useMe } from '@/features/me/api/get-me';
import { localizedName } from '@/lib/localized-name';
import { usePlanSummary } from '@/lib/plan-summary';
import { useCompliance } from '../api/get-compliance';
import { useCoverage } from '../api/get-coverage';
import { ComplianceTable } from '../components/compliance-table';
import { CoverageMatrix } from '../components/coverage-matrix';
import { KpiCards } from '../components/kpi-cards';
import { NonCompliantList } from '../components/non-compliant-list';
import { useComplianceParams } from '../hooks/use-compliance-params';

// ECharts loads only with the charts.
const ComplianceCharts = lazy(() => import('../components/compliance-charts'));

export function ComplianceRoute() {
  const { t, i18n } = useTranslation('compliance');
  const lang = i18n.language;
  const me = useMe();
  const params = useComplianceParams();
  const { areaCode, fiscalYear = 0, quarter } = params;
  const compliance = useCompliance({ areaCode, fiscalYear, quarter }, params.ready);
  const coverage = useCoverage({ areaCode, fiscalYear }, params.ready);
  // The year's driving plans of the same areas, a column beside what was held (guideline step 2).
  const plans = usePlanSummary(areaCode ?? '', fiscalYear, params.ready && fiscalYear > 0);
  const planByArea = plans.data ? new Map(plans.data.rows.map((row) => [row.area.code, row])) : undefined;

  const data = compliance.data;
  const period = data ? (lang.startsWith('en') ? data.labelEn : data.labelTh) : '';
  const centerRows = data?.rows.some((row) => row.centerId) ?? false;

  return (
    <Stack>
      <Title order={2}>{t('heading')}</Title>
      <Text c="dimmed">{t('intro')}</Text>
      <Paper withBorder p="md" component="section" role="search" aria-label={t('period.label')}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <FiscalPeriodSelects
            value={{ fiscalYear: fiscalYear ? String(fiscalYear) : '', quarter: quarter ? String(quarter) : '' }}
            onChange={(next) => params.setPeriod(next.fiscalYear, next.quarter)}
            anyQuarterLabel={t('period.wholeYear')}
          />
        </SimpleGrid>
      </Paper>
      {(!params.ready || compliance.isPending) && !compliance.isError && <Loading />}
      {compliance.isError && <ProblemAlert error={compliance.error} onRetry={() => void compliance.refetch()} />}
      {data && me.data && (
        <>
          <AreaBreadcrumbs
            own={me.data.area}
            current={data.area}
            linkTo={params.linkTo}
            nationLabel={t('nation')}
            hideAlone
          />
          <Group gap="xs">
            <Title order={3} size="h3">
              {data.area.level === 'NATIONAL' ? t('nation') : localizedName(data.area, lang)}
            </Title>
            <Text c="dimmed">· {period}</Text>
          </Group>
          <KpiCards totals={data.totals} />
          <Paper withBorder p="md" component="section" aria-labelledby="rows-heading">
            <Stack gap="md">
              <Title order={3} size="h4" id="rows-heading">
                {t(centerRows ? 'rows.headingCenters' : 'rows.heading')}
              </Title>
              {data.rows.length === 0 ? (
                <Text c="dimmed">{t('rows.empty')}</Text>
              ) : (
                <>
                  <Suspense fallback={<Loading />}>
                    <ComplianceCharts rows={data.rows} />
                  </Suspense>
                  <ComplianceTable
                    rows={data.rows}
                    caption={t(centerRows ? 'rows.captionCenters' : 'rows.caption', { period })}
                    linkTo={params.linkTo}
                    plans={planByArea}
                  />
                </>
              )}
            </Stack>
          </Paper>
          {data.nonCompliant && (
            <Paper withBorder p="md">
              <NonCompliantList centers={data.nonCompliant} />
            </Paper>
          )}
        </>
      )}
      {coverage.isError && <ProblemAlert error={coverage.error} onRetry={() => void coverage.refetch()} />}
      {coverage.data && data && (
        <Paper withBorder p="md">
          <CoverageMatrix coverage={coverage.data} linkTo={params.linkTo} />
        </Paper>
      )}
    </Stack>
  );
}
