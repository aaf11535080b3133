import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { formatCount, formatPercent } from '@/lib/numbers';
import { useDownloadNationalReport } from '../api/download-national-report';
import { useDownloadNationalYearReport } from '../api/download-national-year-report';
import { useNationalReport } from '../api/get-national-report';
import { nationalPrintPath, nationalYearPrintPath } from '../utils/deadline';
import { ExcelButton } from './excel-button';
import { ReportFigures } from './report-figures';

/**
 * The department's roll-up of a quarterly deadline: the nation's figures, each province counted
 * with the report it submitted (else its districts summed as its report prefills them), and the
 * workbooks and A4 summaries of the quarter and of the fiscal year.
 */
export function NationalRollUp({ deadlineId, fiscalYear }: { deadlineId: string; fiscalYear: number }) {
  const { t, i18n } = useTranslation('reporting');
  const lang = i18n.language;
  const report = useNationalReport(deadlineId);
  const quarter = useDownloadNationalReport();
  const year = useDownloadNationalYearReport();
  const data = report.data;
  const asSubmitted = data ? data.provinces.filter((p) => p.asSubmitted).length : 0;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="national-roll-up-heading">
      <Stack>
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={3} size="h4" id="national-roll-up-heading">
              {t('nationalReport.heading')}
            </Title>
            {data && (
              <Text size="sm" c="dimmed">
                {t('nationalReport.sources', {
                  submitted: formatCount(asSubmitted, lang),
                  provinces: formatCount(data.provinces.length, lang),
                })}
                {data.districtsOnTimeRate != null &&
                  ` · ${t('nationalReport.districtsOnTime', { rate: formatPercent(data.districtsOnTimeRate, lang) })}`}
              </Text>
            )}
          </Stack>
          <Group gap="xs">
            <ExcelButton download={quarter} input={{ deadlineId }} label={t('nationalReport.excelQuarter')} />
            <ExcelButton download={year} input={{ year: fiscalYear }} label={t('nationalReport.excelYear')} />
            <Button component={Link} to={nationalPrintPath(deadlineId)} variant="default">
              {t('nationalReport.printQuarter')}
            </Button>
            <Button component={Link} to={nationalYearPrintPath(fiscalYear)} variant="default">
              {t('nationalReport.printYear')}
            </Button>
          </Group>
        </Group>
        {report.isPending && <Loading />}
        {report.isError && <ProblemAlert error={report.error} onRetry={() => void report.refetch()} />}
        {data && <ReportFigures figures={data.totals} frozen={false} />}
      </Stack>
    </Paper>
  );
}
