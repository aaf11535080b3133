import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/dates';
import type { Activity } from '../api/get-activities';

type Voided = NonNullable<Activity['voided']>;

/** Who voided the activity, when and why, above everything else on its page. */
export function VoidedAlert({ voided }: { voided: Voided }) {
  const { t, i18n } = useTranslation('activities');
  return (
    <Alert color="red" variant="light" title={t('voided.title')}>
      <Text size="sm">{t('voided.when', { date: formatDateTime(voided.at, i18n.language), user: voided.by })}</Text>
      {/* Line breaks the officer typed stay visible. */}
      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
        {t('voided.reason', { reason: voided.reason })}
      </Text>
      <Text size="sm" mt="xs">
        {t('voided.effect')}
      </Text>
    </Alert>
  );
}
