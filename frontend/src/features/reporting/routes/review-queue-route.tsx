import { Anchor, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useDistricts } from '@/features/geo/api/get-districts';
import { useProvinces } from '@/features/geo/api/get-provinces';
import { formatDate, todayInBangkok } from '@/lib/dates';
import { formatCount } from '@/lib/numbers';
import { localizedName } from '@/lib/localized-name';
import { useDownloadProvinceReport } from '../api/download-province-report';
import { useDeadlines } from '../api/get-deadlines';
import { useDistrictReports } from '../api/get-district-report';
import { ExcelButton } from '../components/excel-button';
import { FiscalYearSelect } from '../components/fiscal-year-select';
import { ReviewQueueTable } from '../components/review-queue-table';
import { useReportingParams } from '../hooks/use-fiscal-year-param';
import { useReportingAccess } from '../hooks/use-reporting-access';
import { completenessPath, deadlineTitle, nearestDeadline, provinceReportPath } from '../utils/deadline';

/** A province's review queue: its districts' reports for one deadline (/reports/queue?fiscalYear=&deadlineId=). */
export function ReviewQueueRoute() {
  const { t, i18n } = useTranslation('reporting');
  const lang = i18n.language;
  const access = useReportingAccess();
  const { fiscalYear, params, update } = useReportingParams();
  // A province officer reviews their own province; the department picks one.
  const chosenProvince = params.get('provinceCode') ?? '';
  const provinceCode = access.provinceCode || (/^\d{2}$/.test(chosenProvince) ? chosenProvince : '');
  const provinces = useProvinces({ enabled: !access.isLoading && access.level === 'NATIONAL' });
  const deadlines = useDeadlines(fiscalYear);
  const deadline =
    deadlines.data?.find((d) => d.id === params.get('deadlineId')) ??
    nearestDeadline(deadlines.data ?? [], todayInBangkok());
  const districts = useDistricts(provinceCode);
  const download = useDownloadProvinceReport();
  const reports = useDistrictReports(deadline?.id ?? '', districts.data?.items.map((d) => d.code) ?? []);
  const loaded = reports.map((r) => r.data).filter((r) => r !== undefined);
  const waiting = loaded.filter((r) => r.state === 'SUBMITTED').length;
  const province = loaded[0]?.province ?? provinces.data?.items.find((p) => p.code === provinceCode);
  const areaName = province ? localizedName(province, lang) : provinceCode;

  if (access.isLoading) return <Loading />;

  return (
    <Stack>
      <Anchor component={Link} to={`/reports?fiscalYear=${fiscalYear}`} size="sm">
        {t('report.back')}
      </Anchor>
      <Title order={2}>{t('queue.heading')}</Title>
      <Paper withBorder p="md" component="section" role="search" aria-label={t('queue.filters')}>
        <Group align="flex-end">
          <FiscalYearSelect value={fiscalYear} onChange={(year) => update({ fiscalYear: String(year), deadlineId: undefined })} />
          <NativeSelect
            label={t('filters.deadline')}
            value={deadline?.id ?? ''}
            data={(deadlines.data ?? []).map((d) => ({
              value: d.id,
              label: t('filters.deadlineOption', { title: deadlineTitle(d, lang), date: formatDate(d.provinceDueOn ?? d.dueOn, lang) }),
            }))}
            onChange={(event) => update({ deadlineId: event.currentTarget.value })}
            miw={320}
          />
          {access.level === 'NATIONAL' && (
            <NativeSelect
              label={t('filters.province')}
              value={provinceCode}
              data={[
                { value: '', label: t('filters.chooseProvince') },
                ...(provinces.data?.items ?? []).map((p) => ({ value: p.code, label: localizedName(p, lang) })),
              ]}
              onChange={(event) => update({ provinceCode: event.currentTarget.value || undefined })}
            />
          )}
        </Group>
      </Paper>
      {deadlines.isError && <ProblemAlert error={deadlines.error} onRetry={() => void deadlines.refetch()} />}
      {districts.isError && <ProblemAlert error={districts.error} onRetry={() => void districts.refetch()} />}
      {!provinceCode && <Text c="dimmed">{t('queue.chooseProvince')}</Text>}
      {deadlines.data && deadlines.data.length === 0 && <Text c="dimmed">{t('deadlines.empty')}</Text>}
      {provinceCode && deadline && districts.data && (
        <>
          <Group justify="space-between" align="flex-end">
            <Text>
              {t('queue.summary', {
                submitted: formatCount(loaded.filter((r) => r.submittedAt).length, lang),
                total: formatCount(districts.data.items.length, lang),
                waiting: formatCount(waiting, lang),
              })}
            </Text>
            <Group gap="xs">
              <Button component={Link} to={completenessPath(fiscalYear, provinceCode)} variant="default">
                {t('queue.matrix')}
              </Button>
              {/* The province's own report to the department, built from these districts' reports. */}
              <Button component={Link} to={provinceReportPath(deadline.id, provinceCode)} variant="default">
                {t('queue.provinceReport')}
              </Button>
              <Button component={Link} to={`${provinceReportPath(deadline.id, provinceCode)}/print`} variant="default">
                {t('queue.printRollUp')}
              </Button>
              <ExcelButton download={download} input={{ deadlineId: deadline.id, provinceCode }} label={t('queue.excel')} />
            </Group>
          </Group>
          <ReviewQueueTable
            caption={t('queue.caption', { province: areaName, deadline: deadlineTitle(deadline, lang) })}
            districts={districts.data.items}
            reports={reports}
            canReview={access.canReview}
          />
        </>
      )}
      {provinceCode && (deadlines.isPending || districts.isPending) && <Loading />}
    </Stack>
  );
}
