import { Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldDifference, PartnerField } from '../utils/partner-form';

type ConflictModalProps = {
  opened: boolean;
  /** The version saved by someone else. */
  version: number;
  differences: FieldDifference[];
  onReload: () => void;
  onReapply: () => void;
  onClose: () => void;
};

/** Someone saved first: show what differs and let the user choose whose values to continue from. */
export function ConflictModal({ opened, version, differences, onReload, onReapply, onClose }: ConflictModalProps) {
  const { t } = useTranslation('partners');
  const show = (field: PartnerField, value: string) => {
    if (!value.trim()) return t('noValue');
    if (field === 'sector') return t(`sector.${value}`);
    if (field === 'active') return t(value === 'true' ? 'status.active' : 'status.inactive');
    return value;
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('conflict.title')} size="xl">
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
                    <Table.Th scope="row">{t(`conflict.fields.${row.field}`)}</Table.Th>
                    <Table.Td>{show(row.field, row.base)}</Table.Td>
                    <Table.Td fw={row.theirs.trim() !== row.base.trim() ? 700 : undefined}>
                      {show(row.field, row.theirs)}
                    </Table.Td>
                    <Table.Td fw={row.mine.trim() !== row.base.trim() ? 700 : undefined}>{show(row.field, row.mine)}</Table.Td>
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
