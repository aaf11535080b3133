import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDate } from '@/lib/dates';
import { ProblemError, translateFieldError } from '@/lib/problem';
import { useOpenLocationReport } from '../api/open-location-report';

/** The department opens a fiscal year's center location report (enclosure 3), which the year lacks. */
export function LocationReportButton({ fiscalYear }: { fiscalYear: number }) {
  const { t } = useTranslation('reporting');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="light" onClick={() => setOpen(true)}>
        {t('locationReport.open')}
      </Button>
      {open && (
        <Modal opened onClose={() => setOpen(false)} title={t('locationReport.title', { year: fiscalYear })}>
          <LocationReportForm fiscalYear={fiscalYear} onDone={() => setOpen(false)} />
        </Modal>
      )}
    </>
  );
}

function LocationReportForm({ fiscalYear, onDone }: { fiscalYear: number; onDone: () => void }) {
  const { t, i18n } = useTranslation('reporting');
  const lang = i18n.language;
  const openReport = useOpenLocationReport();
  const [dueOn, setDueOn] = useState('');
  const [error, setError] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!dueOn) {
      setError(t('deadlines.errors.required'));
      return;
    }
    try {
      await openReport.mutateAsync({ fiscalYear, dueOn });
      notifications.show({ color: 'green', message: t('locationReport.opened', { year: fiscalYear }) });
      onDone();
    } catch (failure) {
      const fieldError = failure instanceof ProblemError ? failure.errors.find((e) => e.field === 'dueOn') : undefined;
      if (fieldError) setError(translateFieldError(t, fieldError));
    }
  }

  const failure = openReport.error;
  const showProblem = failure && !(failure instanceof ProblemError && failure.errors.some((e) => e.field === 'dueOn'));

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        <Text size="sm">{t('locationReport.help')}</Text>
        {showProblem && <ProblemAlert error={failure} />}
        <TextInput
          type="date"
          label={t('deadlines.dueOn')}
          required
          value={dueOn}
          error={error}
          description={dueOn ? t('deadlines.beDate', { date: formatDate(dueOn, lang, { style: 'long' }) }) : undefined}
          onChange={(event) => {
            setDueOn(event.currentTarget.value);
            setError(undefined);
          }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={openReport.isPending}>
            {t('locationReport.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
