import { Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NarrativeDifference } from '../utils/narrative';

type NarrativeConflictModalProps = {
  version: number;
  differences: NarrativeDifference[];
  onReload: () => void;
  onReapply: () => void;
  onClose: () => void;
};

/** Someone saved the report first: show what differs and let the user choose what to continue from. */
export function NarrativeConflictModal({ version, differences, onReload, onReapply, onClose }: NarrativeConflictModalProps) {
  const { t } = useTranslation('reporting');
  const none = t('conflict.empty');
  const show = (value: string) => value.trim() || none;
  return (
    <Modal opened onClose={onClose} title={t('conflict.title')} size="xl">
      <Stack>
        <Text>{t('conflict.body', { version })}</Text>
        {differences.length === 0 ? (
          <Text c="dimmed">{t('conflict.noDifferences')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table captionSide="top" withTableBorder>
              <Table.Caption>{t('conflict.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('conflict.columns.field')}</Table.Th>
                  <Table.Th scope="col">{t('conflict.columns.base')}</Table.Th>
                  <Table.Th scope="col">{t('conflict.columns.theirs')}</Table.Th>
                  <Table.Th scope="col">{t('conflict.columns.mine')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {differences.map((row) => (
                  <Table.Tr key={row.field}>
                    <Table.Th scope="row">{t(`narrative.${row.field}`)}</Table.Th>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{show(row.base)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }} fw={row.theirs.trim() !== row.base.trim() ? 700 : undefined}>
                      {show(row.theirs)}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }} fw={row.mine.trim() !== row.base.trim() ? 700 : undefined}>
                      {show(row.mine)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Text size="sm" c="dimmed">
          {t('conflict.help')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onReload}>
            {t('conflict.reload')}
          </Button>
          <Button onClick={onReapply}>{t('conflict.reapply')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
