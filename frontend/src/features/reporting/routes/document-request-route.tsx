import { Alert, Anchor, Button, FileButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { StandingBadge } from '../components/standing-badge';
import { formatDate } from '@/lib/dates';
import { localizedName } from '@/lib/localized-name';
import { useAttachDocumentTemplate } from '../api/attach-document-template';
import { useDownloadDocumentAnswers } from '../api/download-document-answers';
import { useDownloadDocumentTemplate } from '../api/download-document-template';
import { useDocumentAnswers } from '../api/get-document-answers';
import { useDocumentRequest } from '../api/get-document-request';
import type { DocumentRequest } from '../api/get-document-requests';
import { AnswersMatrix } from '../components/document-answers-matrix';
import { RequestFormModal } from '../components/document-request-form-modal';
import { requesterName, targetName } from '../utils/document-labels';
import { answerPath } from '../utils/document-paths';

/** One document request (/documents/:id): what is asked, the template, one's own office's answer, and the matrix. */
export function DocumentRequestRoute() {
  const { t } = useTranslation('documents');
  const { id = '' } = useParams();
  const request = useDocumentRequest(id);
  const answers = useDocumentAnswers(id);
  const zip = useDownloadDocumentAnswers();

  return (
    <Stack>
      <Anchor component={Link} to="/documents" size="sm">
        {t('request.back')}
      </Anchor>
      {request.isPending && <Loading />}
      {request.isError && <ProblemAlert error={request.error} onRetry={() => void request.refetch()} />}
      {request.data && <RequestDetails request={request.data} />}
      {request.data && (
        <Stack component="section" aria-labelledby="matrix-heading">
          <Group justify="space-between">
            <Title order={3} size="h4" id="matrix-heading">
              {t('request.matrix')}
            </Title>
            <Button variant="default" loading={zip.isPending} onClick={() => zip.mutate(id)}>
              {t('request.downloadZip')}
            </Button>
          </Group>
          {zip.isError && <ProblemAlert error={zip.error} />}
          {answers.isPending && <Loading />}
          {answers.isError && <ProblemAlert error={answers.error} onRetry={() => void answers.refetch()} />}
          {answers.data && <AnswersMatrix requestId={id} offices={answers.data} />}
        </Stack>
      )}
    </Stack>
  );
}

function RequestDetails({ request }: { request: DocumentRequest }) {
  const { t, i18n } = useTranslation('documents');
  const lang = i18n.language;
  const attach = useAttachDocumentTemplate();
  const download = useDownloadDocumentTemplate();
  const mine = request.myOffice;
  const [editing, setEditing] = useState(false);

  function attachTemplate(file: File | null) {
    if (!file) return;
    attach.mutate(
      { id: request.id, version: request.version, file },
      { onSuccess: () => notifications.show({ color: 'green', message: t('request.templateAttached') }) },
    );
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{request.title}</Title>
        {request.canReview && (
          <Button variant="default" onClick={() => setEditing(true)}>
            {t('request.edit')}
          </Button>
        )}
      </Group>
      <RequestFormModal
        request={request}
        fiscalYear={request.fiscalYear}
        provinceCode={request.owner?.code ?? ''}
        opened={editing}
        onClose={() => setEditing(false)}
      />
      <Group gap="lg">
        <Text fw={500}>{t('request.dueOn', { date: formatDate(request.dueOn, lang, { style: 'long' }) })}</Text>
        <Text size="sm">{t('request.from', { from: requesterName(t, request, lang) })}</Text>
        <Text size="sm">{t('request.to', { to: targetName(t, request, lang) })}</Text>
      </Group>
      <Paper withBorder p="md" component="section" aria-labelledby="instructions-heading">
        <Stack gap="xs">
          <Title order={3} size="h5" id="instructions-heading">
            {t('request.instructions')}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{request.instructions}</Text>
          <Group>
            <Text size="sm" fw={500}>
              {t('request.template')}:
            </Text>
            {request.template ? (
              <Anchor
                component="button"
                type="button"
                size="sm"
                onClick={() => download.mutate({ id: request.id, fileName: request.template?.fileName ?? 'template' })}
              >
                {request.template.fileName}
              </Anchor>
            ) : (
              <Text size="sm" c="dimmed">
                {t('request.noTemplate')}
              </Text>
            )}
            {request.canReview && (
              <FileButton
                onChange={attachTemplate}
                accept=".xlsx,.docx,.pdf,.jpg,.jpeg,.png"
                inputProps={{ 'aria-label': t('request.attachTemplate') }}
              >
                {(props) => (
                  <Button {...props} size="xs" variant="light" loading={attach.isPending}>
                    {t(request.template ? 'request.replaceTemplate' : 'request.attachTemplate')}
                  </Button>
                )}
              </FileButton>
            )}
          </Group>
          {attach.isError && <ProblemAlert error={attach.error} />}
          {download.isError && <ProblemAlert error={download.error} />}
        </Stack>
      </Paper>
      {mine && (
        <Alert variant="light" color="blue" title={t('request.myOffice')}>
          <Group>
            <Text size="sm">{localizedName(mine.office, lang)}</Text>
            <StandingBadge standing={mine.standing} />
            <Button component={Link} to={answerPath(request.id, mine.office.code)} size="xs">
              {t('request.answer')}
            </Button>
          </Group>
        </Alert>
      )}
    </Stack>
  );
}
