import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import type { Lesson } from '../api/get-lesson';
import { type ReviewMove, useReviewLesson } from '../api/review-lesson';

type ReviewActionsProps = { lesson: Lesson; canWrite: boolean; canReview: boolean };

/**
 * The review's next steps, as the server allows them: the writers submit a draft or returned
 * lesson; the province publishes or returns a submitted one (with a comment) and withdraws a
 * published one (with a reason).
 */
export function ReviewActions({ lesson, canWrite, canReview }: ReviewActionsProps) {
  const { t } = useTranslation('lessons');
  const review = useReviewLesson();
  const [asking, setAsking] = useState<'return' | 'withdraw' | null>(null);
  const [note, setNote] = useState('');
  const editable = lesson.state === 'DRAFT' || lesson.state === 'RETURNED';
  const moves: ReviewMove[] = [
    ...(canWrite && editable ? (['submit'] as const) : []),
    ...(canReview && lesson.state === 'SUBMITTED' ? (['publish', 'return'] as const) : []),
    ...(canReview && lesson.state === 'PUBLISHED' ? (['withdraw'] as const) : []),
  ];
  if (moves.length === 0) return null;
  const run = (move: ReviewMove, text?: string) =>
    review.mutate({ lesson, move, note: text }, { onSuccess: () => (setAsking(null), setNote('')) });

  return (
    <Stack gap="xs">
      <Group gap="xs">
        {moves.map((move) => (
          <Button
            key={move}
            variant={move === 'return' || move === 'withdraw' ? 'default' : 'filled'}
            loading={review.isPending && review.variables?.move === move}
            onClick={() => (move === 'return' || move === 'withdraw' ? setAsking(move) : run(move))}
          >
            {t(`review.${move}`)}
          </Button>
        ))}
      </Group>
      {review.isError && !asking && <ProblemAlert error={review.error} />}
      <Modal opened={asking !== null} onClose={() => setAsking(null)} title={asking ? t(`review.${asking}Title`) : ''}>
        <Stack>
          <Textarea
            label={asking === 'withdraw' ? t('review.reason') : t('review.comment')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            autosize
            minRows={3}
            required
          />
          {review.isError && <ProblemAlert error={review.error} />}
          <Button disabled={note.trim().length < 3} loading={review.isPending} onClick={() => asking && run(asking, note.trim())}>
            {asking ? t(`review.${asking}Confirm`) : ''}
          </Button>
        </Stack>
      </Modal>
    </Stack>
  );
}
