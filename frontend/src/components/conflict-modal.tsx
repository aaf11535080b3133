import { Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDifference } from '@/lib/edit-conflict';

type ConflictModalProps<F extends string> = {
  /** The namespace whose `conflict.*` texts word the dialog for this kind of record. */
  ns: string;
  /** The version saved by someone else. */
  version: number;
  differences: FieldDifference<F>[];
  /** A field's name, heading its row. */
  fieldLabel: (field: F) => string;
  /** How a value reads (a code as its label, a date in the Buddhist era); plain text if absent. */
  formatValue?: (field: F, value: string) => ReactNode;
  /** Shown for an empty value. */
  emptyText: string;
  /** Keeps the line breaks of multi-line texts. */
  multiline?: boolean;
  onReload: () => void;
  onReapply: () => void;
  onClose: () => void;
};

/**
 * Someone saved first (412): shows what differs between the version the edit started from, the
 * saved one and the user's, and lets the user choose whose values to continue from.
 */
export function ConflictModal<F extends string>({
  ns,
  version,
  differences,
  fieldLabel,
  formatValue,
  emptyText,
  multiline,
  onReload,
  onReapply,
  onClose,
}: ConflictModalProps<F>) {
  const { t } = useTranslation(ns);
  const show = (field: F, value: string) => {
    const text = value.trim();
    if (!text) return emptyText;
    return formatValue ? formatValue(field, text) : text;
  };
  const changed = (a: string, b: string) => (a.trim() !== b.trim() ? 700 : undefined);
  const style = multiline ? { whiteSpace: 'pre-wrap' as const } : undefined;
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
                    <Table.Th scope="row">{fieldLabel(row.field)}</Table.Th>
                    <Table.Td style={style}>{show(row.field, row.base)}</Table.Td>
                    <Table.Td style={style} fw={changed(row.theirs, row.base)}>
                      {show(row.field, row.theirs)}
                    </Table.Td>
                    <Table.Td style={style} fw={changed(row.mine, row.base)}>
                      {show(row.field, row.mine)}
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
