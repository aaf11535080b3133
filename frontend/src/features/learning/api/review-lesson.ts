import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { ifMatch } from '@/lib/versions';
import type { Lesson } from './get-lesson';
import { lessonKeys } from './query-keys';

export type ReviewMove = 'submit' | 'publish' | 'return' | 'withdraw';

type ReviewInput = { lesson: Pick<Lesson, 'id' | 'version'>; move: ReviewMove; note?: string };

/** One step of the review; returning and withdrawing carry the province's comment or reason. */
export async function reviewLesson({ lesson, move, note }: ReviewInput): Promise<Lesson> {
  const params = { path: { id: lesson.id }, header: { 'If-Match': ifMatch(lesson.version) } };
  switch (move) {
    case 'submit':
      return body(await api.POST('/api/v1/lessons/{id}/submit', { params }));
    case 'publish':
      return body(await api.POST('/api/v1/lessons/{id}/publish', { params }));
    case 'return':
      return body(await api.POST('/api/v1/lessons/{id}/return', { params, body: { note: note ?? '' } }));
    case 'withdraw':
      return body(await api.POST('/api/v1/lessons/{id}/withdraw', { params, body: { note: note ?? '' } }));
  }
}

export function useReviewLesson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reviewLesson,
    onSuccess: async (lesson) => {
      queryClient.setQueryData(lessonKeys.detail(lesson.id), lesson);
      await queryClient.invalidateQueries({ queryKey: lessonKeys.lists() });
    },
  });
}
