import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ProblemAlert } from '@/components/problem-alert';
import { constraints } from '@/lib/api/constraints';
import { formatDate } from '@/lib/dates';
import { contractText, validateWith } from '@/lib/form';
import { isProblem } from '@/lib/problem';
import type { Holiday, HolidayKind } from '../api/get-holidays';
import { usePutHoliday } from '../api/put-holiday';
import { holidayKeys } from '../api/query-keys';

export const holidayKinds: readonly HolidayKind[] = ['PUBLIC', 'SUBSTITUTION', 'SPECIAL'];

type HolidayFormValues = { date: string; nameTh: string; nameEn: string; kind: HolidayKind };

/** The server's checks (HolidayRequest in the contract), made before sending. */
function holidaySchema(t: TFunction) {
  const rules = constraints.HolidayRequest;
  const name = { required: true, messages: { required: 'holidays.errors.nameRequired' } };
  return z.object({
    date: z.string().refine(Boolean, t('holidays.errors.dateRequired')),
    nameTh: contractText(t, rules.nameTh, name),
    nameEn: contractText(t, rules.nameEn, name),
  });
}

type HolidayModalProps = { holiday?: Holiday; onClose: () => void };

/** Adds a government holiday, or renames / re-kinds one (its date is the key and stays). */
export function HolidayModal({ holiday, onClose }: HolidayModalProps) {
  const { t } = useTranslation('reporting');
  return (
    <Modal opened onClose={onClose} title={t(holiday ? 'holidays.editTitle' : 'holidays.addTitle')}>
      <HolidayForm holiday={holiday} onDone={onClose} />
    </Modal>
  );
}

function HolidayForm({ holiday, onDone }: { holiday?: Holiday; onDone: () => void }) {
  const { t, i18n } = useTranslation('reporting');
  const queryClient = useQueryClient();
  const put = usePutHoliday();
  const form = useForm<HolidayFormValues>({
    initialValues: {
      date: holiday?.date ?? '',
      nameTh: holiday?.nameTh ?? '',
      nameEn: holiday?.nameEn ?? '',
      kind: holiday?.kind ?? 'PUBLIC',
    },
    validate: validateWith(holidaySchema(t)),
  });
  const { date } = form.values;

  async function save(values: HolidayFormValues) {
    try {
      await put.mutateAsync({
        date: values.date,
        version: holiday?.version,
        request: { nameTh: values.nameTh.trim(), nameEn: values.nameEn.trim(), kind: values.kind },
      });
      notifications.show({ color: 'green', message: t('holidays.saved') });
      onDone();
    } catch (failure) {
      if (isProblem(failure, 'version.stale')) void queryClient.invalidateQueries({ queryKey: holidayKeys.all() });
    }
  }

  return (
    <form onSubmit={form.onSubmit(save)} noValidate>
      <Stack>
        {put.error && <ProblemAlert error={put.error} />}
        <TextInput
          type="date"
          label={t('holidays.columns.date')}
          required
          disabled={Boolean(holiday)}
          description={date ? t('deadlines.beDate', { date: formatDate(date, i18n.language, { style: 'long' }) }) : undefined}
          {...form.getInputProps('date')}
        />
        <TextInput
          label={t('holidays.columns.nameTh')}
          required
          {...form.getInputProps('nameTh')}
        />
        <TextInput
          label={t('holidays.columns.nameEn')}
          required
          {...form.getInputProps('nameEn')}
        />
        <NativeSelect
          label={t('holidays.columns.kind')}
          data={holidayKinds.map((k) => ({ value: k, label: t(`holidays.kind.${k}`) }))}
          {...form.getInputProps('kind')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={put.isPending}>
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
