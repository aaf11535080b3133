import { Button, Group, Paper, Stack, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { constraints } from '@/lib/api/constraints';
import { useAcceptDocumentAnswer } from '../api/accept-document-answer';
import type { DocumentAnswer } from '../api/get-document-answer';
import { useReturnDocumentAnswer } from '../api/return-document-answer';

/** The requester's review of a submitted answer: return it with a comment, or accept it. */
export function AnswerReview({ answer }: { answer: DocumentAnswer }) {
  const { t } = useTranslation('documents');
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const giveBack = useReturnDocumentAnswer();
  const accept = useAcceptDocumentAnswer();
  const target = { id: answer.requestId, officeCode: answer.office.code, version: answer.version };
  const failure = giveBack.error ?? accept.error;

  function returnIt() {
    if (!comment.trim()) {
      setMissing(true);
      return;
    }
    giveBack.mutate(
      { ...target, comment: comment.trim() },
      { onSuccess: () => notifications.show({ color: 'green', message: t('answer.returned') }) },
    );
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="answer-review-heading">
      <Stack>
        <Title order={3} size="h5" id="answer-review-heading">
          {t('answer.review')}
        </Title>
        {failure && <ProblemAlert error={failure} />}
        <Textarea
          label={t('answer.comment')}
          description={t('answer.commentHelp')}
          maxLength={constraints.DocumentReview.comment.maxLength}
          autosize
          minRows={2}
          value={comment}
          error={missing ? t('form.errors.required') : undefined}
          onChange={(event) => {
            setComment(event.currentTarget.value);
            setMissing(false);
          }}
        />
        <Group>
          <Button color="orange" variant="light" loading={giveBack.isPending} onClick={returnIt}>
            {t('answer.return')}
          </Button>
          <Button
            loading={accept.isPending}
            onClick={() =>
              accept.mutate(
                { ...target, comment: comment.trim() || undefined },
                { onSuccess: () => notifications.show({ color: 'green', message: t('answer.accepted') }) },
              )
            }
          >
            {t('answer.accept')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
