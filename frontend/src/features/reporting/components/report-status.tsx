import { Alert, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/dates';
import { textContext, type ReportLevel, type ReviewedReport } from '../api/report-actions';

type ReportStatusProps = { report: ReviewedReport; canPrepare: boolean; level?: ReportLevel };

/** Where the report is in its review: read-only notices, the reviewer's comment, submission times. */
export function ReportStatus({ report, canPrepare, level = 'district' }: ReportStatusProps) {
  const { t, i18n } = useTranslation('reporting');
  const lang = i18n.language;
  const context = textContext(level);
  const reviewed = report.reviewedAt && {
    by: report.reviewedBy ?? '',
    date: formatDateTime(report.reviewedAt, lang),
  };

  return (
    <Stack gap="xs">
      {report.state === 'RETURNED' && report.reviewComment && (
        <Alert color="orange" variant="light" title={t('status.returnedTitle', { context })}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {report.reviewComment}
          </Text>
          {reviewed && (
            <Text size="xs" c="dimmed" mt={4}>
              {t('status.reviewedBy', reviewed)}
            </Text>
          )}
        </Alert>
      )}
      {report.state === 'SUBMITTED' && (
        <Alert color="blue" variant="light">
          {t(canPrepare ? 'status.submittedReadOnly' : 'status.submitted', { context })}
        </Alert>
      )}
      {report.state === 'ACCEPTED' && (
        <Alert color="teal" variant="light" title={t('status.acceptedTitle', { context })}>
          {report.reviewComment && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {report.reviewComment}
            </Text>
          )}
          {reviewed && (
            <Text size="xs" c="dimmed" mt={4}>
              {t('status.reviewedBy', reviewed)}
            </Text>
          )}
        </Alert>
      )}
      {report.submittedAt && (
        <Group gap="lg">
          <Text size="sm">
            {t('status.firstSubmitted', { date: formatDateTime(report.submittedAt, lang) })}{' '}
            {/* A province report has no timeliness until the department sets its due date. */}
            {report.onTime !== undefined && (
              <Text span fw={700} c={report.onTime ? 'green.8' : 'orange.8'}>
                {t(report.onTime ? 'timeliness.onTime' : 'timeliness.late')}
              </Text>
            )}
          </Text>
          {report.lastSubmittedAt && report.lastSubmittedAt !== report.submittedAt && (
            <Text size="sm">{t('status.lastSubmitted', { date: formatDateTime(report.lastSubmittedAt, lang) })}</Text>
          )}
        </Group>
      )}
    </Stack>
  );
}
