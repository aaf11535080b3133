import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type StaleAlertProps = {
  /** The namespace with the feature's `conflict.title` and `conflict.reload` texts. */
  ns: string;
  /** What was changed meanwhile, in the feature's words. */
  message: string;
  onReload: () => void;
};

/** Someone saved the item in this dialog first (412): the user reloads it before saving again. */
export function StaleAlert({ ns, message, onReload }: StaleAlertProps) {
  const { t } = useTranslation(ns);
  return (
    <Alert color="orange" title={t('conflict.title')}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{message}</Text>
        <Button size="xs" variant="light" color="orange" onClick={onReload}>
          {t('conflict.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
