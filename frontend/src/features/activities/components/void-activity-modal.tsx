import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { formErrorText } from '@/lib/form-errors';
import { isProblem } from '@/lib/problem';
import { activityKeys } from '@/lib/query-keys';
import { useFormState } from '@/lib/use-form-state';
import type { Activity } from '../api/get-activities';
import { useVoidActivity } from '../api/void-activity';
import {
  emptyVoidForm,
  validateVoidForm,
  voidFields,
  voidFormToRequest,
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
  const form = useFormState<VoidFormValues, VoidField>(emptyVoidForm, {
    fields: voidFields,
    fieldId: (field) => `void-${field}`,
  });
  const { values, errors, problem } = form;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!form.check(validateVoidForm(values))) return;
    try {
      // The page's copy of the activity is the version the officer saw and decided on.
      await voiding.mutateAsync({ id: activity.id, version: activity.version, request: voidFormToRequest(values) });
      notifications.show({ color: 'green', message: t('void.done') });
      onDone();
    } catch (failure) {
      // Someone changed or voided it meanwhile: the page reloads it, so what it shows is current.
      if (isProblem(failure, 'version.stale') || isProblem(failure, 'activity.voided')) {
        void queryClient.invalidateQueries({ queryKey: activityKeys.detail(activity.id) });
      }
      form.showFailure(failure);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
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
          value={values.reason}
          error={formErrorText(t, errors.reason)}
          onChange={(event) => form.change({ reason: event.currentTarget.value })}
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
