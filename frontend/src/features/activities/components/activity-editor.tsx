import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConflictModal } from '@/components/conflict-modal';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDate } from '@/lib/dates';
import { useEditConflict } from '@/lib/use-edit-conflict';
import { useFormState } from '@/lib/use-form-state';
import type { Activity } from '../api/get-activities';
import { getActivityQueryOptions } from '../api/get-activity';
import { useUpdateActivity } from '../api/update-activity';
import {
  activityToForm,
  differences,
  formToRequest,
  reapplyChanges,
  validateActivityForm,
  type ActivityField,
  type ActivityFormValues,
} from '../utils/activity-form';
import { ActivityForm, activityFormOptions } from './activity-form';

/** Changes an activity, sending the version edited; someone saving first (412) opens the conflict choice. */
export function ActivityEditor({ activity }: { activity: Activity }) {
  const { t, i18n } = useTranslation('activities');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const update = useUpdateActivity();
  const form = useFormState<ActivityFormValues, ActivityField>(() => activityToForm(activity), activityFormOptions);
  const { values, errors, problem } = form;
  const edit = useEditConflict({
    saved: activity,
    load: (record) => queryClient.fetchQuery({ ...getActivityQueryOptions(record.id), staleTime: 0 }),
    toForm: activityToForm,
    differences,
    reapply: reapplyChanges,
    form,
    ns: 'activities',
  });
  // The saved record this edit started from; its version goes into If-Match.
  const base = edit.base ?? activity;

  async function save() {
    if (!form.check(validateActivityForm(values))) return;
    try {
      const saved = await update.mutateAsync({ id: base.id, version: base.version, request: formToRequest(values) });
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
    form.showFailure(failure);
  }

  return (
    <>
      <ActivityForm
        values={values}
        errors={errors}
        onChange={form.change}
        onSubmit={() => void save()}
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
