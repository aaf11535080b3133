import { Anchor, Button, FileButton, Group, List, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { formatFileSize } from '@/lib/numbers';
import { useOneByOne } from '@/lib/use-one-by-one';
import { useDeleteDocumentFile } from '../api/delete-document-file';
import { useDownloadDocumentFile } from '../api/download-document-file';
import type { DocumentAnswer } from '../api/get-document-answer';
import { useUploadDocumentFile } from '../api/upload-document-file';

const ACCEPT = '.xlsx,.docx,.pdf,.jpg,.jpeg,.png';

/** The answer's files: each downloadable; while the office may change it, add more or remove one. */
export function AnswerFiles({ answer, editable }: { answer: DocumentAnswer; editable: boolean }) {
  const { t, i18n } = useTranslation('documents');
  const upload = useUploadDocumentFile();
  const remove = useDeleteDocumentFile();
  const download = useDownloadDocumentFile();
  const id = answer.requestId;
  const officeCode = answer.office.code;
  // one after another: each answer carries the version the next change builds on
  const { sending, sendAll } = useOneByOne(
    (file) => upload.mutateAsync({ id, officeCode, file }),
    (file) => notifications.show({ color: 'green', message: t('answer.uploaded', { name: file.name }) }),
  );

  return (
    <Stack component="section" aria-labelledby="answer-files-heading" gap="xs">
      <Text fw={500} id="answer-files-heading">
        {t('answer.files')}
      </Text>
      {answer.files.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('answer.noFiles')}
        </Text>
      ) : (
        <List spacing="xs">
          {answer.files.map((file) => (
            <List.Item key={file.id}>
              <Group gap="sm">
                <Anchor
                  component="button"
                  type="button"
                  aria-label={t('answer.download', { name: file.fileName })}
                  onClick={() => download.mutate({ id, officeCode, fileId: file.id, fileName: file.fileName })}
                >
                  {file.fileName}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {formatFileSize(file.sizeBytes, i18n.language)}
                </Text>
                {editable && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    aria-label={t('answer.removeFile', { name: file.fileName })}
                    loading={remove.isPending && remove.variables?.fileId === file.id}
                    onClick={() => remove.mutate({ id, officeCode, fileId: file.id, version: answer.version })}
                  >
                    {t('answer.remove')}
                  </Button>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {editable && (
        <Group>
          <FileButton
            multiple
            accept={ACCEPT}
            onChange={(files) => void sendAll(files)}
            inputProps={{ 'aria-label': t('answer.addFile') }}
          >
            {(props) => (
              <Button {...props} variant="light" loading={sending !== undefined}>
                {t('answer.addFile')}
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed">
            {sending ? t('answer.uploading', { name: sending }) : t('answer.fileHelp')}
          </Text>
        </Group>
      )}
      {upload.isError && <ProblemAlert error={upload.error} />}
      {remove.isError && <ProblemAlert error={remove.error} />}
      {download.isError && <ProblemAlert error={download.error} />}
    </Stack>
  );
}
