import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActivityWarning } from '../api/get-activities';

/** What the server saved but asks a second look at: a yellow notice, not an error. */
export function WarningsNotice({ warnings }: { warnings: ActivityWarning[] }) {
  const { t } = useTranslation('activities');
  if (warnings.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" title={t('saved.warningsTitle')} role="status">
      <List size="sm">
        {warnings.map((warning) => (
          <List.Item key={warning.code}>
            {t(warning.code, { ns: 'problem', keySeparator: false, defaultValue: warning.message })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
