import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * On time or late by the first submission, for a table cell; "–" while nothing is submitted, or
 * when no date judges it (a province report before the department sets its date).
 */
export function TimelinessText({ submittedAt, onTime }: { submittedAt?: string; onTime?: boolean }) {
  const { t } = useTranslation('reporting');
  if (!submittedAt || onTime === undefined) return '–';
  return (
    <Text size="sm" fw={700} c={onTime ? 'green.8' : 'orange.8'}>
      {t(onTime ? 'timeliness.onTime' : 'timeliness.late')}
    </Text>
  );
}
