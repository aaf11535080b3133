import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConflictModal } from '@/components/conflict-modal';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDate } from '@/lib/dates';
import { isProblem } from '@/lib/problem';
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

type Conflict = { theirs: Activity; mine: ActivityFormValues };

/** Changes an activity, sending the version edited; someone saving first (412) opens the conflict choice. */
export function ActivityEditor({ activity }: { activity: Activity }) {
  const { t, i18n } = useTranslation('activities');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const update = useUpdateActivity();
  // The saved record this edit started from; its version goes into If-Match.
  const [base, setBase] = useState(activity);
  const form = useFormState<ActivityFormValues, ActivityField>(() => activityToForm(activity), activityFormOptions);
  const { values, errors, problem } = form;
  const [conflict, setConflict] = useState<Conflict | null>(null);

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
    if (isProblem(failure, 'version.stale')) {
      try {
        const theirs = await queryClient.fetchQuery({ ...getActivityQueryOptions(base.id), staleTime: 0 });
        setConflict({ theirs, mine: values });
      } catch (reloadFailure) {
        form.setProblem(reloadFailure);
      }
      return;
    }
    form.showFailure(failure);
  }

  function resolveConflict(keepMine: boolean) {
    if (!conflict) return;
    const theirs = activityToForm(conflict.theirs);
    form.setValues(keepMine ? reapplyChanges(activityToForm(base), conflict.mine, theirs) : theirs);
    setBase(conflict.theirs);
    form.setErrors({});
    setConflict(null);
    notifications.show({ color: 'blue', message: t(keepMine ? 'conflict.reapplied' : 'conflict.reloaded') });
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
      {conflict && (
        <ConflictModal
          ns="activities"
          version={conflict.theirs.version}
          differences={differences(activityToForm(base), conflict.mine, activityToForm(conflict.theirs))}
          fieldLabel={(field) => t(`fields.${field}`)}
          formatValue={(field, value) => {
            if (field === 'type') return t(`activityType.${value}`, { ns: 'common' });
            if (field === 'heldOn') return formatDate(value, i18n.language);
            return value;
          }}
          emptyText={t('history.empty')}
          onReload={() => resolveConflict(false)}
          onReapply={() => resolveConflict(true)}
          onClose={() => setConflict(null)}
        />
      )}
    </>
  );
}
