import { Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LessonEditor } from '../components/lesson-editor';

/** Writes a new lesson (/lessons/new), saved as a draft. */
export function LessonNewRoute() {
  const { t } = useTranslation('lessons');
  return (
    <Stack>
      <Anchor component={Link} to="/lessons" size="sm">
        {t('detail.back')}
      </Anchor>
      <Title order={2}>{t('editor.newHeading')}</Title>
      <LessonEditor />
    </Stack>
  );
}
