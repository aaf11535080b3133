import { Button, CopyButton, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Lesson } from '../api/get-lesson';
import { shareText } from '../utils/share-text';

/** The lesson's stable link and a short text to paste into a LINE group, with a copy button. */
export function ShareBox({ lesson }: { lesson: Lesson }) {
  const { t, i18n } = useTranslation('lessons');
  const text = shareText(t, lesson, i18n.language, window.location.origin);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="lesson-share-heading">
      <Stack gap="xs">
        <Title order={3} size="h4" id="lesson-share-heading">
          {t('share.heading')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="share-text">
          {text}
        </Text>
        <CopyButton value={text}>
          {({ copied, copy }) => (
            <Button variant="default" onClick={copy} w="fit-content">
              {copied ? t('share.copied') : t('share.copy')}
            </Button>
          )}
        </CopyButton>
      </Stack>
    </Paper>
  );
}
