import { Anchor, Button, FileButton, Group, Image, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { type Attachment, isImage } from '@/lib/attachments';
import { saveBlob } from '@/lib/download';
import { formatFileSize } from '@/lib/numbers';
import { useObjectUrl } from '@/lib/use-object-url';
import { useOneByOne } from '@/lib/use-one-by-one';

type AttachmentListProps = {
  /** The section's heading, e.g. "รายงานการประชุมและภาพถ่าย". */
  title: string;
  files: Attachment[];
  /** Whether the user may add and remove files (the server decides again). */
  editable: boolean;
  /** The file input's accept, e.g. IMAGE_ACCEPT. */
  accept: string;
  addLabel: string;
  /** What may be sent, beside the button. */
  help: string;
  empty: string;
  /** The file's bytes, fetched with the bearer token. */
  load: (file: Attachment) => Promise<Blob>;
  add: (file: File) => Promise<unknown>;
  remove: (file: Attachment) => Promise<unknown>;
};

/**
 * The files attached to a record: a picture opens in the page, another file is saved under its
 * name; while editable, files are added one after another (each answered before the next goes)
 * and removed one by one.
 */
export function AttachmentList({ title, files, editable, accept, addLabel, help, empty, load, add, remove }: AttachmentListProps) {
  const { t, i18n } = useTranslation();
  const [shown, setShown] = useState<Attachment>();
  const sender = useMutation({ mutationFn: add });
  const { sending, sendAll } = useOneByOne(sender.mutateAsync, (file) =>
    notifications.show({ color: 'green', message: t('attachments.uploaded', { name: file.name }) }),
  );
  const remover = useMutation({ mutationFn: remove });
  const saver = useMutation({ mutationFn: async (file: Attachment) => saveBlob(await load(file), file.fileName) });
  const headingId = `attachments-${title.replaceAll(/\s+/g, '-')}`;

  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Text fw={500} id={headingId}>
        {title}
      </Text>
      {files.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <List spacing="xs">
          {files.map((file) => (
            <List.Item key={file.id}>
              <Group gap="sm" wrap="nowrap">
                <Anchor
                  component="button"
                  type="button"
                  aria-label={t(isImage(file) ? 'attachments.show' : 'attachments.save', { name: file.fileName })}
                  onClick={() => (isImage(file) ? setShown(file) : saver.mutate(file))}
                  style={{ overflowWrap: 'anywhere', textAlign: 'start' }}
                >
                  {file.fileName}
                </Anchor>
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {formatFileSize(file.sizeBytes, i18n.language)}
                </Text>
                {editable && (
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    aria-label={t('attachments.removeLabel', { name: file.fileName })}
                    loading={remover.isPending && remover.variables?.id === file.id}
                    onClick={() => remover.mutate(file)}
                  >
                    {t('attachments.remove')}
                  </Button>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {editable && (
        <Group>
          <FileButton multiple accept={accept} onChange={(chosen) => void sendAll(chosen)} inputProps={{ 'aria-label': addLabel }}>
            {(props) => (
              <Button {...props} variant="light" loading={sending !== undefined}>
                {addLabel}
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed">
            {sending ? t('attachments.uploading', { name: sending }) : help}
          </Text>
        </Group>
      )}
      {sender.isError && <ProblemAlert error={sender.error} />}
      {remover.isError && <ProblemAlert error={remover.error} />}
      {saver.isError && <ProblemAlert error={saver.error} />}
      <Modal opened={shown !== undefined} onClose={() => setShown(undefined)} title={shown?.fileName} size="xl" centered>
        {shown && <ShownImage file={shown} load={load} />}
      </Modal>
    </Stack>
  );
}

function ShownImage({ file, load }: { file: Attachment; load: (file: Attachment) => Promise<Blob> }) {
  const { t } = useTranslation();
  // a stored file never changes, so its ETag keys it for good
  const image = useQuery({ queryKey: ['attachment', file.url, file.etag], queryFn: () => load(file), staleTime: Infinity });
  const url = useObjectUrl(image.data);
  if (image.isError) return <ProblemAlert error={image.error} />;
  if (!url) return <Text size="sm">{t('loading')}</Text>;
  return <Image src={url} alt={file.fileName} fit="contain" mah="75vh" />;
}
