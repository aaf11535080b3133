import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { ifMatch } from '@/lib/versions';
import type { Lesson } from './get-lesson';
import { lessonKeys } from './query-keys';

export type LessonRequest = components['schemas']['LessonRequest'];

type SaveLessonInput = { id?: string; version?: number; request: LessonRequest };

/** Writes a new draft, or a new text for a draft or returned lesson (If-Match its version). */
export async function saveLesson({ id, version, request }: SaveLessonInput): Promise<Lesson> {
  if (!id) return body(await api.POST('/api/v1/lessons', { body: request }));
  return body(
    await api.PUT('/api/v1/lessons/{id}', {
      params: { path: { id }, header: { 'If-Match': ifMatch(version ?? 0) } },
      body: request,
    }),
  );
}

export function useSaveLesson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveLesson,
    onSuccess: async (lesson) => {
      queryClient.setQueryData(lessonKeys.detail(lesson.id), lesson);
      await queryClient.invalidateQueries({ queryKey: lessonKeys.lists() });
    },
  });
}
