import { Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { PrintToolbar, useThaiDigitsParam } from '@/components/print-toolbar';
import { ProblemAlert } from '@/components/problem-alert';
import { useLesson } from '../api/get-lesson';
import { LessonPrint } from '../components/lesson-print';
import { lessonPath } from '../utils/topics';

/** A lesson on one A4 page (/lessons/:id/print), Thai digits when ?thaiDigits=1. */
export function LessonPrintRoute() {
  const { id = '' } = useParams();
  const [thaiDigits, setThaiDigits] = useThaiDigitsParam();
  const lesson = useLesson(id);
  return (
    <Stack>
      <PrintToolbar ns="lessons" backTo={lessonPath(id)} thaiDigits={thaiDigits} onThaiDigits={setThaiDigits} ready={Boolean(lesson.data)} />
      {lesson.isPending && <Loading />}
      {lesson.isError && <ProblemAlert error={lesson.error} onRetry={() => void lesson.refetch()} />}
      {lesson.data && <LessonPrint lesson={lesson.data} thaiDigits={thaiDigits} />}
    </Stack>
  );
}
