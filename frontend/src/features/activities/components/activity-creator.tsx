import { Fieldset, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { useAppConfig } from '@/lib/app-config';
import { changeFields, focusFirstError, showFailure, validateWith } from '@/lib/form';
import { newUuid } from '@/lib/uuid';
import { useCreateActivity } from '../api/create-activity';
import type { Activity } from '../api/get-activities';
import { usePhotoUploads } from '../hooks/use-photo-uploads';
import { activitySchema, emptyActivityForm, formToRequest, type ActivityFormValues } from '../utils/activity-form';
import { ActivityForm, activityFocus } from './activity-form';
import { PhotoPicker } from './photo-picker';
import { PhotoUploadList } from './photo-upload-list';
import { SavedPanel } from './saved-panel';

/**
 * Records a new activity, then sends its photos one by one. The Idempotency-Key is chosen when
 * the form opens and kept until the activity is saved, so pressing save again after a network
 * failure can never record it twice.
 */
export function ActivityCreator({ centerId = '' }: { centerId?: string }) {
  const { t } = useTranslation('activities');
  const create = useCreateActivity();
  const uploads = usePhotoUploads();
  const [idempotencyKey, setIdempotencyKey] = useState(newUuid);
  const { thailand } = useAppConfig();
  const form = useForm<ActivityFormValues>({
    initialValues: emptyActivityForm(centerId),
    validate: validateWith(activitySchema(t, thailand)),
  });
  const { values, errors } = form;
  const [problem, setProblem] = useState<unknown>();
  const [saved, setSaved] = useState<Activity>();

  function submit(event: FormEvent<HTMLFormElement>) {
    setProblem(undefined);
    form.onSubmit(save, (found) => focusFirstError(found, activityFocus.fields, activityFocus.fieldId, true))(event);
  }

  async function save(checked: ActivityFormValues) {
    let activity: Activity;
    try {
      activity = await create.mutateAsync({ idempotencyKey, request: formToRequest(checked) });
    } catch (failure) {
      showFailure(t, failure, { setErrors: form.setErrors, setProblem }, activityFocus);
      return;
    }
    setSaved(activity);
    await uploads.upload(activity.id);
  }

  const next = () => {
    // The next activity is usually at the same center, on the same day.
    form.setValues(emptyActivityForm(values.centerId, values.heldOn));
    setIdempotencyKey(newUuid());
    form.clearErrors();
    setSaved(undefined);
    uploads.reset();
  };

  if (saved) {
    return (
      <SavedPanel
        activity={saved}
        uploads={uploads.items}
        onRetry={(key) => void uploads.retry(saved.id, key)}
        onRemove={uploads.remove}
        onNext={next}
      />
    );
  }

  return (
    <ActivityForm
      values={values}
      errors={errors}
      onChange={(changes) => changeFields(form, changes)}
      onSubmit={submit}
      submitting={create.isPending}
      submitLabel={t('form.save')}
      problem={problem !== undefined && <ProblemAlert error={problem} />}
      photos={
        <Fieldset legend={t('photos.heading')}>
          <Stack gap="xs">
            <PhotoPicker onFiles={uploads.add} room={uploads.room} />
            <PhotoUploadList items={uploads.items} sendsOnSave onRemove={uploads.remove} />
          </Stack>
        </Fieldset>
      }
    />
  );
}
