import { Alert, Button, Container, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = { reason: 'signInUnavailable' | 'startupFailed' };

/** What the page shows when the app cannot start, with a way to try again. */
export function StartupProblem({ reason }: Props) {
  const { t } = useTranslation();
  return (
    <Container py="xl">
      <Alert color="red" title={t('app.name')} role="alert">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t(`app.${reason}`)}</Text>
          <Button variant="light" color="red" onClick={() => window.location.reload()}>
            {t('app.retry')}
          </Button>
        </Stack>
      </Alert>
    </Container>
  );
}
