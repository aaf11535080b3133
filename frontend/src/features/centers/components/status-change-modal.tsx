import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDate } from '@/lib/dates';
import { isProblem } from '@/lib/problem';
import { centerKeys } from '@/lib/query-keys';
import { useChangeCenterStatus } from '../api/change-center-status';
import type { Center, CenterStatus } from '../api/get-centers';

type StatusChangeModalProps = { center: Center; opened: boolean; onClose: () => void };

export function StatusChangeModal({ center, opened, onClose }: StatusChangeModalProps) {
  const { t } = useTranslation('centers');
  return (
    <Modal opened={opened} onClose={onClose} title={t('statusChange.title')}>
      {opened && <StatusChangeForm center={center} onDone={onClose} />}
    </Modal>
  );
}

function StatusChangeForm({ center, onDone }: { center: Center; onDone: () => void }) {
  const { t, i18n } = useTranslation('centers');
  const change = useChangeCenterStatus();
  const queryClient = useQueryClient();
  const choices = (['ACTIVE', 'SUSPENDED', 'CLOSED'] as const).filter((s) => s !== center.status);
  const [status, setStatus] = useState<CenterStatus>(choices[0] ?? 'SUSPENDED');
  const [reason, setReason] = useState('');
  const [effectiveOn, setEffectiveOn] = useState('');
  const [exceptionReason, setExceptionReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [exceptionError, setExceptionError] = useState<string>();
  const [taken, setTaken] = useState(false);

  const reasonRequired = status !== 'ACTIVE';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (reasonRequired && !reason.trim()) {
      setReasonError(t('statusChange.reasonRequired'));
      document.getElementById('status-reason')?.focus();
      return;
    }
    if (taken && !exceptionReason.trim()) {
      setExceptionError(t('taken.required'));
      document.getElementById('status-exception')?.focus();
      return;
    }
    try {
      await change.mutateAsync({
        id: center.id,
        version: center.version,
        request: {
          status,
          reason: reason.trim() || undefined,
          effectiveOn: effectiveOn || undefined,
          exceptionReason: exceptionReason.trim() || undefined,
        },
      });
      notifications.show({ color: 'green', message: t('statusChange.saved') });
      onDone();
    } catch (failure) {
      if (isProblem(failure, 'center.subdistrict.taken')) setTaken(true);
      // The center reloads, so a second try is based on the version now saved.
      if (isProblem(failure, 'version.stale')) void queryClient.invalidateQueries({ queryKey: centerKeys.detail(center.id) });
      if (isProblem(failure, 'center.status.reason-required')) setReasonError(t('statusChange.reasonRequired'));
    }
  }

  const failure = change.error;
  const showProblem =
    failure && !isProblem(failure, 'center.subdistrict.taken') && !isProblem(failure, 'center.status.reason-required');

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        <Text size="sm">{t('statusChange.current', { status: t(`status.${center.status}`) })}</Text>
        {showProblem && <ProblemAlert error={failure} />}
        <NativeSelect
          label={t('statusChange.newStatus')}
          value={status}
          data={choices.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          onChange={(event) => {
            setStatus(event.currentTarget.value as CenterStatus);
            setReasonError(undefined);
          }}
        />
        {status === 'CLOSED' && (
          <Alert color="orange" variant="light">
            {t('statusChange.closeWarning')}
          </Alert>
        )}
        <Textarea
          id="status-reason"
          label={t('statusChange.reason')}
          required={reasonRequired}
          autosize
          minRows={2}
          value={reason}
          error={reasonError}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setReasonError(undefined);
          }}
        />
        <TextInput
          label={t('statusChange.effectiveOn')}
          type="date"
          value={effectiveOn}
          description={
            effectiveOn
              ? t('form.beDate', { date: formatDate(effectiveOn, i18n.language, { style: 'long' }) })
              : t('statusChange.effectiveOnHelp')
          }
          onChange={(event) => setEffectiveOn(event.currentTarget.value)}
        />
        {taken && (
          <Alert color="orange" title={t('taken.title')}>
            <Stack gap="xs">
              <Text size="sm">{t('taken.body')}</Text>
              <Textarea
                id="status-exception"
                label={t('taken.reason')}
                required
                autosize
                minRows={2}
                value={exceptionReason}
                error={exceptionError}
                onChange={(event) => {
                  setExceptionReason(event.currentTarget.value);
                  setExceptionError(undefined);
                }}
              />
            </Stack>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={change.isPending} color={status === 'ACTIVE' ? undefined : 'orange'}>
            {t(taken ? 'taken.confirm' : 'statusChange.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
