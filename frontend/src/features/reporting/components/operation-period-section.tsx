import { Alert, Button, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useFiscalYear } from '@/features/calendar/api/get-fiscal-year';
import type { FiscalYear } from '@/features/calendar/api/get-fiscal-years';
import { useSetOperationPeriod } from '@/features/calendar/api/set-operation-period';
import { formatDate, formatDateTime } from '@/lib/dates';
import { ProblemError, isProblem, translateFieldError } from '@/lib/problem';
import { queryKeys } from '@/lib/query-keys';

type OperationPeriodSectionProps = { fiscalYear: number; canEdit: boolean };

/** The program's operation period of a fiscal year: everyone reads it, the department changes it. */
export function OperationPeriodSection({ fiscalYear, canEdit }: OperationPeriodSectionProps) {
  const { t, i18n } = useTranslation('reporting');
  const lang = i18n.language;
  const year = useFiscalYear(fiscalYear);
  const [editing, setEditing] = useState(false);

  return (
    <Stack component="section" aria-labelledby="operation-period-heading">
      <Group justify="space-between">
        <Title order={3} size="h4" id="operation-period-heading">
          {t('operationPeriod.heading', { year: fiscalYear })}
        </Title>
        {canEdit && year.data && <Button onClick={() => setEditing(true)}>{t('operationPeriod.edit')}</Button>}
      </Group>
      <Text size="sm" c="dimmed">
        {t('operationPeriod.help')}
      </Text>
      {year.isPending && <Loading />}
      {year.isError && <ProblemAlert error={year.error} onRetry={() => void year.refetch()} />}
      {year.data && (
        <>
          <Text fw={500}>
            {t('operationPeriod.range', {
              from: formatDate(year.data.operationStartsOn, lang, { style: 'long' }),
              to: formatDate(year.data.operationEndsOn, lang, { style: 'long' }),
            })}
          </Text>
          {year.data.updatedAt && year.data.updatedBy && (
            <Text size="xs" c="dimmed">
              {t('operationPeriod.updated', { by: year.data.updatedBy, at: formatDateTime(year.data.updatedAt, lang) })}
            </Text>
          )}
        </>
      )}
      {editing && year.data && (
        <Modal opened onClose={() => setEditing(false)} title={t('operationPeriod.title', { year: fiscalYear })}>
          <OperationPeriodForm year={year.data} onDone={() => setEditing(false)} />
        </Modal>
      )}
    </Stack>
  );
}

function OperationPeriodForm({ year, onDone }: { year: FiscalYear; onDone: () => void }) {
  const { t, i18n } = useTranslation('reporting');
  const lang = i18n.language;
  const queryClient = useQueryClient();
  const save = useSetOperationPeriod();
  const [startsOn, setStartsOn] = useState(year.operationStartsOn);
  const [endsOn, setEndsOn] = useState(year.operationEndsOn);
  const [errors, setErrors] = useState<{ startsOn?: string; endsOn?: string }>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = {
      startsOn: startsOn ? undefined : t('operationPeriod.required'),
      endsOn: endsOn ? undefined : t('operationPeriod.required'),
    };
    if (missing.startsOn || missing.endsOn) {
      setErrors(missing);
      return;
    }
    try {
      await save.mutateAsync({
        year: year.year,
        version: year.version,
        request: { operationStartsOn: startsOn, operationEndsOn: endsOn },
      });
      notifications.show({ color: 'green', message: t('operationPeriod.saved') });
      onDone();
    } catch (failure) {
      if (isProblem(failure, 'version.stale')) void queryClient.invalidateQueries({ queryKey: queryKeys.fiscalYears() });
      if (failure instanceof ProblemError) {
        const field = (name: string) => failure.errors.find((e) => e.field === name);
        const start = field('operationStartsOn');
        const end = field('operationEndsOn');
        setErrors({
          startsOn: start && translateFieldError(t, start),
          endsOn: end && translateFieldError(t, end),
        });
      }
    }
  }

  const failure = save.error;
  // A date the server refused shows under its input instead.
  const fieldErrors = failure instanceof ProblemError && failure.errors.some((e) => e.field?.startsWith('operation'));

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        <Text size="sm">
          {t('operationPeriod.within', {
            from: formatDate(year.startsOn, lang, { style: 'long' }),
            to: formatDate(year.endsOn, lang, { style: 'long' }),
          })}
        </Text>
        {failure &&
          !fieldErrors &&
          (isProblem(failure, 'version.stale') ? (
            <Alert color="orange" variant="light">
              {t('operationPeriod.stale')}
            </Alert>
          ) : (
            <ProblemAlert error={failure} />
          ))}
        <TextInput
          type="date"
          label={t('operationPeriod.startsOn')}
          required
          value={startsOn}
          error={errors.startsOn}
          description={startsOn ? t('deadlines.beDate', { date: formatDate(startsOn, lang, { style: 'long' }) }) : undefined}
          onChange={(event) => {
            setStartsOn(event.currentTarget.value);
            setErrors((e) => ({ ...e, startsOn: undefined }));
          }}
        />
        <TextInput
          type="date"
          label={t('operationPeriod.endsOn')}
          required
          value={endsOn}
          error={errors.endsOn}
          description={endsOn ? t('deadlines.beDate', { date: formatDate(endsOn, lang, { style: 'long' }) }) : undefined}
          onChange={(event) => {
            setEndsOn(event.currentTarget.value);
            setErrors((e) => ({ ...e, endsOn: undefined }));
          }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
