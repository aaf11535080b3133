import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { focusFirstError, showFailure, validateWith } from '@/lib/form';
import { isProblem } from '@/lib/problem';
import { activityKeys } from '@/lib/query-keys';
import type { Activity } from '../api/get-activities';
import { useVoidActivity } from '../api/void-activity';
import {
  emptyVoidForm,
  voidFields,
  voidFormToRequest,
  voidSchema,
  type VoidField,
  type VoidFormValues,
} from '../utils/void-form';

type VoidActivityModalProps = { activity: Activity; opened: boolean; onClose: () => void };

/** Asks why a duplicate or mistaken activity is voided, after saying what voiding does. */
export function VoidActivityModal({ activity, opened, onClose }: VoidActivityModalProps) {
  const { t } = useTranslation('activities');
  return (
    <Modal opened={opened} onClose={onClose} title={t('void.title')} size="lg">
      {/* Mounted per opening, so a dismissed reason or error does not come back. */}
      {opened && <VoidActivityForm activity={activity} onDone={onClose} />}
    </Modal>
  );
}

function VoidActivityForm({ activity, onDone }: { activity: Activity; onDone: () => void }) {
  const { t } = useTranslation('activities');
  const queryClient = useQueryClient();
  const voiding = useVoidActivity();
  const form = useForm<VoidFormValues>({ initialValues: emptyVoidForm, validate: validateWith(voidSchema(t)) });
  const [problem, setProblem] = useState<unknown>();
  const fieldId = (field: VoidField) => `void-${field}`;

  function submit(event: FormEvent<HTMLFormElement>) {
    setProblem(undefined);
    form.onSubmit(save, (found) => focusFirstError(found, voidFields, fieldId))(event);
  }

  async function save(checked: VoidFormValues) {
    try {
      // The page's copy of the activity is the version the officer saw and decided on.
      await voiding.mutateAsync({ id: activity.id, version: activity.version, request: voidFormToRequest(checked) });
      notifications.show({ color: 'green', message: t('void.done') });
      onDone();
    } catch (failure) {
      // Someone changed or voided it meanwhile: the page reloads it, so what it shows is current.
      if (isProblem(failure, 'version.stale') || isProblem(failure, 'activity.voided')) {
        void queryClient.invalidateQueries({ queryKey: activityKeys.detail(activity.id) });
      }
      showFailure(t, failure, { setErrors: form.setErrors, setProblem }, { fields: voidFields, fieldId });
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text fw={500}>{activity.title}</Text>
        <Text size="sm">{t('void.intro')}</Text>
        <Alert color="orange" variant="light" title={t('void.consequencesTitle')}>
          <List size="sm" spacing={4}>
            <List.Item>{t('void.consequences.lists')}</List.Item>
            <List.Item>{t('void.consequences.submitted')}</List.Item>
            <List.Item>{t('void.consequences.kept')}</List.Item>
            <List.Item>{t('void.consequences.final')}</List.Item>
          </List>
        </Alert>
        {problem !== undefined && <ProblemAlert error={problem} />}
        <Textarea
          id="void-reason"
          label={t('void.reason')}
          description={t('void.reasonHelp')}
          required
          autosize
          minRows={2}
          maxRows={6}
          {...form.getInputProps('reason')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('void.dismiss')}
          </Button>
          <Button type="submit" color="red" loading={voiding.isPending}>
            {t('void.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
