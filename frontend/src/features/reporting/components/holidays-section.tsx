import { Alert, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDate } from '@/lib/dates';
import { isProblem } from '@/lib/problem';
import { useDeleteHoliday } from '../api/delete-holiday';
import { useHolidays, type Holiday } from '../api/get-holidays';
import { holidayKeys } from '../api/query-keys';
import { fiscalYearRange } from '@/lib/fiscal-year';
import { formatYears } from '../utils/holiday-years';
import { HolidayModal } from './holiday-modal';

type HolidaysSectionProps = {
  fiscalYear: number;
  canEdit: boolean;
  /** Calendar years in which deadlines fall but the table has no holiday at all. */
  missingYears?: readonly number[];
};

const weekday = (date: string, lang: string) =>
  new Intl.DateTimeFormat(lang.startsWith('en') ? 'en-GB' : 'th-TH', { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );

/**
 * The government holidays of a fiscal year. Default deadlines move back over weekends and these
 * days, so the department keeps the table current (the Cabinet adds and cancels days).
 */
export function HolidaysSection({ fiscalYear, canEdit, missingYears = [] }: HolidaysSectionProps) {
  const { t, i18n } = useTranslation('reporting');
  const lang = i18n.language;
  const { from, to } = fiscalYearRange(fiscalYear);
  const holidays = useHolidays(from, to);
  const [editing, setEditing] = useState<Holiday | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Holiday | null>(null);

  return (
    <Stack component="section" aria-labelledby="holidays-heading">
      <Group justify="space-between">
        <Title order={3} size="h4" id="holidays-heading">
          {t('holidays.heading', { year: fiscalYear })}
        </Title>
        {canEdit && <Button onClick={() => setEditing('new')}>{t('holidays.add')}</Button>}
      </Group>
      <Text size="sm" c="dimmed">
        {t('holidays.help')}
      </Text>
      {missingYears.length > 0 && (
        <Alert color="orange" variant="light">
          {t('holidays.missing', { years: formatYears(missingYears, lang) })}
        </Alert>
      )}
      {holidays.isPending && <Loading />}
      {holidays.isError && <ProblemAlert error={holidays.error} onRetry={() => void holidays.refetch()} />}
      {holidays.data && (
        <Table.ScrollContainer minWidth={640}>
          <Table withTableBorder striped captionSide="top">
            <Table.Caption>{t('holidays.caption', { year: fiscalYear })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('holidays.columns.date')}</Table.Th>
                <Table.Th scope="col">{t('holidays.columns.name')}</Table.Th>
                <Table.Th scope="col">{t('holidays.columns.kind')}</Table.Th>
                {canEdit && <Table.Th scope="col">{t('deadlines.columns.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {holidays.data.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={canEdit ? 4 : 3}>{t('holidays.empty')}</Table.Td>
                </Table.Tr>
              )}
              {holidays.data.map((holiday) => {
                const name = lang.startsWith('en') ? holiday.nameEn : holiday.nameTh;
                return (
                  <Table.Tr key={holiday.date}>
                    <Table.Td>
                      {t('holidays.dateWithDay', {
                        day: weekday(holiday.date, lang),
                        date: formatDate(holiday.date, lang, { style: 'long' }),
                      })}
                    </Table.Td>
                    <Table.Th scope="row" fw={400}>
                      {name}
                    </Table.Th>
                    <Table.Td>{t(`holidays.kind.${holiday.kind}`)}</Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            size="xs"
                            variant="light"
                            aria-label={t('holidays.editFor', { name })}
                            onClick={() => setEditing(holiday)}
                          >
                            {t('actions.edit')}
                          </Button>
                          <Button
                            size="xs"
                            variant="light"
                            color="red"
                            aria-label={t('holidays.deleteFor', { name })}
                            onClick={() => setDeleting(holiday)}
                          >
                            {t('actions.delete')}
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && <HolidayModal holiday={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
      {deleting && <DeleteHolidayModal holiday={deleting} onClose={() => setDeleting(null)} />}
    </Stack>
  );
}

function DeleteHolidayModal({ holiday, onClose }: { holiday: Holiday; onClose: () => void }) {
  const { t, i18n } = useTranslation('reporting');
  const queryClient = useQueryClient();
  const remove = useDeleteHoliday();
  const name = i18n.language.startsWith('en') ? holiday.nameEn : holiday.nameTh;

  async function run() {
    try {
      await remove.mutateAsync({ date: holiday.date, version: holiday.version });
      notifications.show({ color: 'green', message: t('holidays.deleted') });
      onClose();
    } catch (failure) {
      if (isProblem(failure, 'version.stale')) void queryClient.invalidateQueries({ queryKey: holidayKeys.all() });
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('holidays.deleteTitle')}>
      <Stack>
        {remove.error && <ProblemAlert error={remove.error} />}
        <Text>
          {t('holidays.deleteBody', { name, date: formatDate(holiday.date, i18n.language, { style: 'long' }) })}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button color="red" loading={remove.isPending} onClick={() => void run()}>
            {t('actions.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
