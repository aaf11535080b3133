import { Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useLesson } from '../api/get-lesson';
import { LessonEditor } from '../components/lesson-editor';
import { lessonPath } from '../utils/topics';

/** A new text for a draft or returned lesson (/lessons/:id/edit). */
export function LessonEditRoute() {
  const { t } = useTranslation('lessons');
  const { id = '' } = useParams();
  const lesson = useLesson(id);
  return (
    <Stack>
      <Anchor component={Link} to={lessonPath(id)} size="sm">
        {t('editor.back')}
      </Anchor>
      <Title order={2}>{t('editor.editHeading')}</Title>
      {lesson.isPending && <Loading />}
      {lesson.isError && <ProblemAlert error={lesson.error} onRetry={() => void lesson.refetch()} />}
      {lesson.data && <LessonEditor lesson={lesson.data} />}
    </Stack>
  );
}
