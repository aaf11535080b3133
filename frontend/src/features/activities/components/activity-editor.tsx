import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConflictModal } from '@/components/conflict-modal';
import { ProblemAlert } from '@/components/problem-alert';
import { useAppConfig } from '@/lib/app-config';
import { formatDate } from '@/lib/dates';
import { changeFields, focusFirstError, showFailure, validateWith } from '@/lib/form';
import { useEditConflict } from '@/lib/use-edit-conflict';
import type { Activity } from '../api/get-activities';
import { getActivityQueryOptions } from '../api/get-activity';
import { useUpdateActivity } from '../api/update-activity';
import {
  activitySchema,
  activityToForm,
  differences,
  formToRequest,
  reapplyChanges,
  type ActivityFormValues,
} from '../utils/activity-form';
import { ActivityForm, activityFocus } from './activity-form';

/** Changes an activity, sending the version edited; someone saving first (412) opens the conflict choice. */
export function ActivityEditor({ activity }: { activity: Activity }) {
  const { t, i18n } = useTranslation('activities');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const update = useUpdateActivity();
  const { thailand } = useAppConfig();
  const form = useForm<ActivityFormValues>({
    initialValues: activityToForm(activity),
    validate: validateWith(activitySchema(t, thailand)),
  });
  const { values, errors } = form;
  const [problem, setProblem] = useState<unknown>();
  const edit = useEditConflict({
    saved: activity,
    load: (record) => queryClient.fetchQuery({ ...getActivityQueryOptions(record.id), staleTime: 0 }),
    toForm: activityToForm,
    differences,
    reapply: reapplyChanges,
    form,
    setProblem,
    ns: 'activities',
  });
  // The saved record this edit started from; its version goes into If-Match.
  const base = edit.base ?? activity;

  function submit(event: FormEvent<HTMLFormElement>) {
    setProblem(undefined);
    form.onSubmit(save, (found) => focusFirstError(found, activityFocus.fields, activityFocus.fieldId, true))(event);
  }

  async function save(checked: ActivityFormValues) {
    try {
      const saved = await update.mutateAsync({ id: base.id, version: base.version, request: formToRequest(checked) });
      notifications.show({ color: 'green', message: t('form.saved') });
      for (const warning of saved.warnings) {
        notifications.show({
          color: 'yellow',
          title: t('saved.warningsTitle'),
          message: t(warning.code, { ns: 'problem', keySeparator: false, defaultValue: warning.message }),
          autoClose: false,
        });
      }
      navigate(`/activities/${saved.id}`);
    } catch (failure) {
      await handleFailure(failure);
    }
  }

  async function handleFailure(failure: unknown) {
    if (await edit.catchStale(failure)) return;
    showFailure(t, failure, { setErrors: form.setErrors, setProblem }, activityFocus);
  }

  return (
    <>
      <ActivityForm
        values={values}
        errors={errors}
        onChange={(changes) => changeFields(form, changes)}
        onSubmit={submit}
        onCancel={() => navigate(`/activities/${base.id}`)}
        submitting={update.isPending}
        submitLabel={t('form.saveChanges')}
        fixedCenter={base.centerName ?? base.centerId}
        problem={problem !== undefined && <ProblemAlert error={problem} />}
      />
      {edit.dialog && (
        <ConflictModal
          ns="activities"
          fieldLabel={(field) => t(`fields.${field}`)}
          formatValue={(field, value) => {
            if (field === 'type') return t(`activityType.${value}`, { ns: 'common' });
            if (field === 'heldOn') return formatDate(value, i18n.language);
            return value;
          }}
          emptyText={t('history.empty')}
          {...edit.dialog}
        />
      )}
    </>
  );
}
