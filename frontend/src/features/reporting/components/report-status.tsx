import { Alert, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/dates';
import type { DistrictReport } from '../api/get-district-report';

/** Where the report is in its review: read-only notices, the province's comment, submission times. */
export function ReportStatus({ report, canPrepare }: { report: DistrictReport; canPrepare: boolean }) {
  const { t, i18n } = useTranslation('reporting');
  const lang = i18n.language;
  const reviewed = report.reviewedAt && {
    by: report.reviewedBy ?? '',
    date: formatDateTime(report.reviewedAt, lang),
  };

  return (
    <Stack gap="xs">
      {report.state === 'RETURNED' && report.reviewComment && (
        <Alert color="orange" variant="light" title={t('status.returnedTitle')}>
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
          {t(canPrepare ? 'status.submittedReadOnly' : 'status.submitted')}
        </Alert>
      )}
      {report.state === 'ACCEPTED' && (
        <Alert color="teal" variant="light" title={t('status.acceptedTitle')}>
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
            <Text span fw={700} c={report.onTime ? 'green.8' : 'orange.8'}>
              {t(report.onTime ? 'timeliness.onTime' : 'timeliness.late')}
            </Text>
          </Text>
          {report.lastSubmittedAt && report.lastSubmittedAt !== report.submittedAt && (
            <Text size="sm">{t('status.lastSubmitted', { date: formatDateTime(report.lastSubmittedAt, lang) })}</Text>
          )}
        </Group>
      )}
    </Stack>
  );
}
