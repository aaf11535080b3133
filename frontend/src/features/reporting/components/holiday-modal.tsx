import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDate } from '@/lib/dates';
import { formErrorText, hasErrors, maxLengthError, plainTextError, type FormErrors } from '@/lib/form-errors';
import { isProblem } from '@/lib/problem';
import type { Holiday, HolidayKind } from '../api/get-holidays';
import { usePutHoliday } from '../api/put-holiday';
import { holidayKeys } from '../api/query-keys';

export const holidayKinds: readonly HolidayKind[] = ['PUBLIC', 'SUBSTITUTION', 'SPECIAL'];

type HolidayField = 'date' | 'nameTh' | 'nameEn';
const NAME_MAX = 200;

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
  const [date, setDate] = useState(holiday?.date ?? '');
  const [nameTh, setNameTh] = useState(holiday?.nameTh ?? '');
  const [nameEn, setNameEn] = useState(holiday?.nameEn ?? '');
  const [kind, setKind] = useState<HolidayKind>(holiday?.kind ?? 'PUBLIC');
  const [errors, setErrors] = useState<FormErrors<HolidayField>>({});

  function validate(): FormErrors<HolidayField> {
    const found: FormErrors<HolidayField> = {};
    if (!date) found.date = { key: 'holidays.errors.dateRequired' };
    for (const [field, value] of [['nameTh', nameTh], ['nameEn', nameEn]] as const) {
      if (!value.trim()) found[field] = { key: 'holidays.errors.nameRequired' };
      else found[field] = maxLengthError(value, NAME_MAX) ?? plainTextError(value);
    }
    return Object.fromEntries(Object.entries(found).filter(([, e]) => e)) as FormErrors<HolidayField>;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (hasErrors(found)) return;
    try {
      await put.mutateAsync({
        date,
        version: holiday?.version,
        request: { nameTh: nameTh.trim(), nameEn: nameEn.trim(), kind },
      });
      notifications.show({ color: 'green', message: t('holidays.saved') });
      onDone();
    } catch (failure) {
      if (isProblem(failure, 'version.stale')) void queryClient.invalidateQueries({ queryKey: holidayKeys.all() });
    }
  }

  const clear = (field: HolidayField) => setErrors((current) => ({ ...current, [field]: undefined }));

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        {put.error && <ProblemAlert error={put.error} />}
        <TextInput
          type="date"
          label={t('holidays.columns.date')}
          required
          disabled={Boolean(holiday)}
          value={date}
          error={formErrorText(t, errors.date)}
          description={date ? t('deadlines.beDate', { date: formatDate(date, i18n.language, { style: 'long' }) }) : undefined}
          onChange={(event) => {
            setDate(event.currentTarget.value);
            clear('date');
          }}
        />
        <TextInput
          label={t('holidays.columns.nameTh')}
          required
          value={nameTh}
          error={formErrorText(t, errors.nameTh)}
          onChange={(event) => {
            setNameTh(event.currentTarget.value);
            clear('nameTh');
          }}
        />
        <TextInput
          label={t('holidays.columns.nameEn')}
          required
          value={nameEn}
          error={formErrorText(t, errors.nameEn)}
          onChange={(event) => {
            setNameEn(event.currentTarget.value);
            clear('nameEn');
          }}
        />
        <NativeSelect
          label={t('holidays.columns.kind')}
          value={kind}
          data={holidayKinds.map((k) => ({ value: k, label: t(`holidays.kind.${k}`) }))}
          onChange={(event) => setKind(event.currentTarget.value as HolidayKind)}
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
