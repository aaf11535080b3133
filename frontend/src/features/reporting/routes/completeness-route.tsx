import { Anchor, Breadcrumbs, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDateTime } from '@/lib/dates';
import { localizedName } from '@/lib/localized-name';
import { useCompleteness } from '../api/get-completeness';
import { CompletenessMatrix } from '../components/completeness-matrix';
import { FiscalYearSelect } from '../components/fiscal-year-select';
import { StandingBadge, standings } from '../components/standing-badge';
import { useReportingParams } from '../hooks/use-fiscal-year-param';
import { useReportingAccess } from '../hooks/use-reporting-access';
import { completenessPath, provinceCompletenessPath } from '../utils/deadline';

/** Completeness and timeliness (/reports/completeness?fiscalYear=&areaCode=). */
export function CompletenessRoute() {
  const { t, i18n } = useTranslation('reporting');
  const lang = i18n.language;
  const access = useReportingAccess();
  const { fiscalYear, params, update } = useReportingParams();
  const raw = params.get('areaCode') ?? '';
  const areaCode = /^\d{2}(\d{2})?$/.test(raw) ? raw : '';
  const matrix = useCompleteness(areaCode, fiscalYear);
  const view = matrix.data;
  const showsDistricts = Boolean(view?.area.code);

  return (
    <Stack>
      <Group justify="space-between">
        <Anchor component={Link} to={`/reports?fiscalYear=${fiscalYear}`} size="sm">
          {t('report.back')}
        </Anchor>
        {access.level !== 'DISTRICT' && (
          <Anchor component={Link} to={provinceCompletenessPath(fiscalYear)} size="sm">
            {t('provinceMatrix.link')}
          </Anchor>
        )}
      </Group>
      <Title order={2}>{t('matrix.heading')}</Title>
      <Paper withBorder p="md" component="section" role="search" aria-label={t('matrix.filters')}>
        <FiscalYearSelect value={fiscalYear} onChange={(year) => update({ fiscalYear: String(year) })} />
      </Paper>
      {access.level === 'NATIONAL' && areaCode && view && (
        <Breadcrumbs>
          <Anchor component={Link} to={completenessPath(fiscalYear)}>
            {t('matrix.nation')}
          </Anchor>
          <Text>{localizedName(view.area, lang)}</Text>
        </Breadcrumbs>
      )}
      {matrix.isPending && <Loading />}
      {matrix.isError && <ProblemAlert error={matrix.error} onRetry={() => void matrix.refetch()} />}
      {view && (
        <>
          {view.asOf && (
            <Text size="sm" c="dimmed">
              {t('matrix.asOf', { date: formatDateTime(view.asOf, lang) })}
            </Text>
          )}
          <CompletenessMatrix view={view} drillDown={!showsDistricts} />
          {showsDistricts ? (
            <Group gap="xs" aria-label={t('matrix.legend')} role="group">
              {standings.map((standing) => (
                <StandingBadge key={standing} standing={standing} />
              ))}
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              {t('matrix.help')}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
