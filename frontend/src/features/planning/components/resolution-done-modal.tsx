import { Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ProblemAlert } from '@/components/problem-alert';
import { constraints } from '@/lib/api/constraints';
import { todayInBangkok } from '@/lib/dates';
import { contractText, isoDate, showFailure, validateWith } from '@/lib/form';
import type { Meeting, Resolution } from '../api/get-meeting';
import { useSettleResolution } from '../api/settle-resolution';

type ResolutionDoneModalProps = { meeting: Meeting; resolution?: Resolution; onClose: () => void };

type DoneValues = { doneOn: string; note: string };
const fields = ['doneOn', 'note'] as const;
const fieldId = (field: (typeof fields)[number]) => `resolution-done-${field}`;

/** Marks a resolution done on a day (today unless changed) with what was done. */
export function ResolutionDoneModal({ meeting, resolution, onClose }: ResolutionDoneModalProps) {
  const { t } = useTranslation('meetings');
  return (
    <Modal opened={Boolean(resolution)} onClose={onClose} title={t('resolution.doneTitle')}>
      {resolution && <DoneForm meeting={meeting} resolution={resolution} onClose={onClose} />}
    </Modal>
  );
}

function DoneForm({ meeting, resolution, onClose }: { meeting: Meeting; resolution: Resolution; onClose: () => void }) {
  const { t } = useTranslation('meetings');
  const settle = useSettleResolution();
  const [problem, setProblem] = useState<unknown>();
  const form = useForm<DoneValues>({
    initialValues: { doneOn: todayInBangkok(), note: '' },
    validate: validateWith(
      z.object({
        doneOn: isoDate(t).refine(Boolean, t('form.errors.date')),
        note: contractText(t, constraints.ResolutionDoneRequest.note),
      }),
    ),
  });

  const save = form.onSubmit(async (values) => {
    setProblem(undefined);
    try {
      await settle.mutateAsync({
        meetingId: meeting.id,
        version: meeting.version,
        resolutionId: resolution.id,
        request: { done: true, doneOn: values.doneOn, note: values.note.trim() || undefined },
      });
      notifications.show({ color: 'green', message: t('resolution.saved') });
      onClose();
    } catch (failure) {
      showFailure(t, failure, { setErrors: form.setErrors, setProblem }, { fields, fieldId });
    }
  });

  return (
    <form onSubmit={save} noValidate>
      <Stack>
        {problem !== undefined && <ProblemAlert error={problem} />}
        <TextInput readOnly variant="unstyled" value={resolution.text} aria-label={t('resolution.number', { no: resolution.position })} />
        <TextInput
          id={fieldId('doneOn')}
          type="date"
          label={t('resolution.doneOnLabel')}
          required
          min={meeting.heldOn}
          max={todayInBangkok()}
          {...form.getInputProps('doneOn')}
        />
        <Textarea id={fieldId('note')} label={t('resolution.note')} autosize minRows={2} {...form.getInputProps('note')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('resolution.cancel')}
          </Button>
          <Button type="submit" loading={settle.isPending}>
            {t('resolution.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
