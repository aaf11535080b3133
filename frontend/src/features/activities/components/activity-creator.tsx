import { Fieldset, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { useFormState } from '@/lib/use-form-state';
import { newUuid } from '@/lib/uuid';
import { useCreateActivity } from '../api/create-activity';
import type { Activity } from '../api/get-activities';
import { usePhotoUploads } from '../hooks/use-photo-uploads';
import {
  emptyActivityForm,
  formToRequest,
  validateActivityForm,
  type ActivityField,
  type ActivityFormValues,
} from '../utils/activity-form';
import { ActivityForm, activityFormOptions } from './activity-form';
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
  const form = useFormState<ActivityFormValues, ActivityField>(() => emptyActivityForm(centerId), activityFormOptions);
  const { values, errors, problem } = form;
  const [saved, setSaved] = useState<Activity>();

  async function save() {
    if (!form.check(validateActivityForm(values))) return;
    let activity: Activity;
    try {
      activity = await create.mutateAsync({ idempotencyKey, request: formToRequest(values) });
    } catch (failure) {
      form.showFailure(failure);
      return;
    }
    setSaved(activity);
    await uploads.upload(activity.id);
  }

  const next = () => {
    // The next activity is usually at the same center, on the same day.
    form.setValues(emptyActivityForm(values.centerId, values.heldOn));
    setIdempotencyKey(newUuid());
    form.setErrors({});
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
      onChange={form.change}
      onSubmit={() => void save()}
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
