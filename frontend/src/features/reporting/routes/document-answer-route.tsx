import { Alert, Anchor, Button, Group, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { StandingBadge } from '../components/standing-badge';
import { constraints } from '@/lib/api/constraints';
import { formatDate, formatDateTime } from '@/lib/dates';
import { localizedName } from '@/lib/localized-name';
import { useDocumentAnswer, type DocumentAnswer } from '../api/get-document-answer';
import { useDocumentRequest } from '../api/get-document-request';
import { useSubmitDocumentAnswer } from '../api/submit-document-answer';
import { useWriteDocumentAnswer } from '../api/write-document-answer';
import { AnswerFiles } from '../components/document-answer-files';
import { AnswerReview } from '../components/document-answer-review';
import { requestPath } from '../utils/document-paths';

/** One office's answer to a request (/documents/:id/:officeCode): its files and note, submitted by the office, reviewed by the requester. */
export function DocumentAnswerRoute() {
  const { t, i18n } = useTranslation('documents');
  const lang = i18n.language;
  const { id = '', officeCode = '' } = useParams();
  const request = useDocumentRequest(id);
  const answer = useDocumentAnswer(id, officeCode);

  return (
    <Stack>
      <Anchor component={Link} to={requestPath(id)} size="sm">
        {request.data?.title ?? t('request.back')}
      </Anchor>
      {answer.isPending && <Loading />}
      {answer.isError && <ProblemAlert error={answer.error} onRetry={() => void answer.refetch()} />}
      {answer.data && (
        <>
          <Group justify="space-between">
            <Title order={2}>{t('answer.heading', { office: localizedName(answer.data.office, lang) })}</Title>
            <StandingBadge standing={answer.data.standing} size="lg" />
          </Group>
          {request.data && (
            <Paper withBorder p="md">
              <Stack gap="xs">
                <Text fw={500}>{request.data.title}</Text>
                <Text size="sm">{t('request.dueOn', { date: formatDate(request.data.dueOn, lang, { style: 'long' }) })}</Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {request.data.instructions}
                </Text>
              </Stack>
            </Paper>
          )}
          <AnswerBody answer={answer.data} />
        </>
      )}
    </Stack>
  );
}

function AnswerBody({ answer }: { answer: DocumentAnswer }) {
  const { t, i18n } = useTranslation('documents');
  const lang = i18n.language;
  const editable = answer.canAnswer && answer.state !== 'SUBMITTED' && answer.state !== 'ACCEPTED';
  return (
    <Stack>
      {answer.state === 'RETURNED' && answer.reviewComment && (
        <Alert color="orange" variant="light">
          {t('answer.returnedNote', { comment: answer.reviewComment })}
        </Alert>
      )}
      {answer.state === 'SUBMITTED' && (
        <Alert color="blue" variant="light">
          {t('answer.submittedNote')}
        </Alert>
      )}
      {answer.state === 'ACCEPTED' && (
        <Alert color="teal" variant="light">
          {t('answer.acceptedNote')}
          {answer.reviewComment ? `: ${answer.reviewComment}` : ''}
        </Alert>
      )}
      {answer.submittedAt && <Text size="sm">{t('answer.submittedAt', { date: formatDateTime(answer.submittedAt, lang) })}</Text>}
      <Paper withBorder p="md">
        <Stack>
          <AnswerFiles answer={answer} editable={editable} />
          {editable ? (
            <NoteAndSubmit key={answer.version} answer={answer} />
          ) : (
            answer.note && (
              <Stack gap={4}>
                <Text fw={500}>{t('answer.note')}</Text>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{answer.note}</Text>
              </Stack>
            )
          )}
        </Stack>
      </Paper>
      {answer.canReview && answer.state === 'SUBMITTED' && <AnswerReview answer={answer} />}
    </Stack>
  );
}

/** The note, saved on its own or just before the submission, which needs at least one file. */
function NoteAndSubmit({ answer }: { answer: DocumentAnswer }) {
  const { t } = useTranslation('documents');
  const [note, setNote] = useState(answer.note ?? '');
  const [confirming, setConfirming] = useState(false);
  const write = useWriteDocumentAnswer();
  const submit = useSubmitDocumentAnswer();
  const target = { id: answer.requestId, officeCode: answer.office.code };
  const changed = note.trim() !== (answer.note ?? '');
  // A new answer starts at version 0 too: only its state tells whether it exists yet.
  const started = answer.state !== undefined;

  async function saveNote() {
    const saved = await write.mutateAsync({ ...target, note: note.trim(), version: started ? answer.version : undefined });
    return saved.version;
  }

  async function send() {
    try {
      const version = changed || !started ? await saveNote() : answer.version;
      await submit.mutateAsync({ ...target, version });
      setConfirming(false);
      notifications.show({ color: 'green', message: t('answer.submitted') });
    } catch {
      setConfirming(false);
    }
  }

  return (
    <Stack>
      {(write.error ?? submit.error) && <ProblemAlert error={write.error ?? submit.error} />}
      <Textarea
        label={t('answer.note')}
        maxLength={constraints.DocumentAnswerNote.note.maxLength}
        autosize
        minRows={2}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
      <Group>
        <Button
          variant="default"
          disabled={!changed}
          loading={write.isPending && !confirming}
          onClick={() =>
            void saveNote().then(
              () => notifications.show({ color: 'green', message: t('answer.noteSaved') }),
              () => undefined,
            )
          }
        >
          {t('answer.saveNote')}
        </Button>
        <Button disabled={answer.files.length === 0} onClick={() => setConfirming(true)}>
          {t('answer.submit')}
        </Button>
      </Group>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('answer.confirmSubmit')}>
        <Stack>
          <Text size="sm">{t('answer.confirmSubmitText')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('answer.cancel')}
            </Button>
            <Button loading={write.isPending || submit.isPending} onClick={() => void send()}>
              {t('answer.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
