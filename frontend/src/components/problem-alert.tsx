import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemError, translateFieldError, translateProblem } from '@/lib/problem';

type ProblemAlertProps = { error: unknown; onRetry?: () => void };

export function ProblemAlert({ error, onRetry }: ProblemAlertProps) {
  const { t } = useTranslation('problem');
  const fieldErrors = error instanceof ProblemError ? error.errors : [];
  return (
    <Alert color="red" variant="light" title={t('title')}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{translateProblem(t, error)}</Text>
        {fieldErrors.length > 0 && (
          <List size="sm" aria-label={t('fieldErrors')}>
            {fieldErrors.map((e, i) => (
              <List.Item key={`${e.field}-${i}`}>
                {e.field ? `${e.field}: ` : ''}
                {translateFieldError(t, e)}
              </List.Item>
            ))}
          </List>
        )}
        {onRetry && (
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t('retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
