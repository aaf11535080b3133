import { Alert, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConflictModal } from '@/components/conflict-modal';
import { ProblemAlert } from '@/components/problem-alert';
import { useAppConfig } from '@/lib/app-config';
import { focusFirstError, showFailure, validateWith } from '@/lib/form';
import { localizedName } from '@/lib/localized-name';
import { isProblem } from '@/lib/problem';
import { useEditConflict } from '@/lib/use-edit-conflict';
import { useCreateCenter } from '../api/create-center';
import { getCenterQueryOptions } from '../api/get-center';
import type { Center } from '../api/get-centers';
import { useUpdateCenter } from '../api/update-center';
import {
  centerFields,
  centerSchema,
  centerToForm,
  differences,
  emptyCenterForm,
  formToRequest,
  reapplyChanges,
  type CenterFormValues,
} from '../utils/center-form';
import { CenterForm, fieldId } from './center-form';

/**
 * Creates a center, or edits one. Handles the three answers that need the user: field errors,
 * a sub-district that already has an active center (409), and someone else saving first (412).
 */
export function CenterEditor({ center }: { center?: Center }) {
  const { t, i18n } = useTranslation('centers');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useCreateCenter();
  const update = useUpdateCenter();
  const { thailand } = useAppConfig();
  const [taken, setTaken] = useState(false);
  const [problem, setProblem] = useState<unknown>();
  const form = useForm<CenterFormValues>({
    initialValues: center ? centerToForm(center) : emptyCenterForm,
    validate: validateWith(centerSchema(t, thailand, { taken })),
    // A new sub-district may be free, so the "taken" answer no longer holds.
    onValuesChange: (next, previous) => {
      if (next.subdistrictCode !== previous.subdistrictCode) setTaken(false);
    },
  });
  const { values } = form;
  const edit = useEditConflict({
    saved: center,
    load: (record) => queryClient.fetchQuery({ ...getCenterQueryOptions(record.id), staleTime: 0 }),
    toForm: centerToForm,
    differences,
    reapply: reapplyChanges,
    form,
    setProblem,
    ns: 'centers',
  });
  // The saved record this edit started from; its version goes into If-Match.
  const base = edit.base;

  const submit = form.onSubmit(save, (found) => focusFirstError(found, centerFields, fieldId));

  async function save(checked: CenterFormValues) {
    const request = formToRequest(checked);
    try {
      const saved = base
        ? await update.mutateAsync({ id: base.id, version: base.version, request })
        : await create.mutateAsync(request);
      notifications.show({ color: 'green', message: t(base ? 'form.saved' : 'form.created') });
      navigate(`/centers/${saved.id}`);
    } catch (failure) {
      await handleFailure(failure);
    }
  }

  async function handleFailure(failure: unknown) {
    if (isProblem(failure, 'center.subdistrict.taken')) {
      setTaken(true);
      // Focus moves to the box that resolves it, after it renders.
      window.setTimeout(() => document.getElementById(fieldId('exceptionReason'))?.focus(), 0);
      return;
    }
    if (await edit.catchStale(failure)) return;
    showFailure(t, failure, { setErrors: form.setErrors, setProblem }, { fields: centerFields, fieldId });
  }

  const fixedPlace =
    base &&
    t('detail.place', {
      subdistrict: localizedName(base.subdistrict, i18n.language),
      district: localizedName(base.district, i18n.language),
      province: localizedName(base.province, i18n.language),
    });

  const showException = taken || Boolean(base?.exceptionReason) || Boolean(values.exceptionReason);
  const exception = showException && (
    <Alert color={taken ? 'orange' : 'gray'} variant="light" title={taken ? t('taken.title') : undefined}>
      <Stack gap="xs">
        {taken && <Text size="sm">{t('taken.body')}</Text>}
        <Textarea
          id={fieldId('exceptionReason')}
          label={t('taken.reason')}
          required={taken}
          autosize
          minRows={2}
          {...form.getInputProps('exceptionReason')}
        />
      </Stack>
    </Alert>
  );

  return (
    <Stack>
      {problem !== undefined && <ProblemAlert error={problem} />}
      <CenterForm
        form={form}
        onSubmit={(event) => {
          setProblem(undefined);
          submit(event);
        }}
        onCancel={() => navigate(base ? `/centers/${base.id}` : '/centers')}
        submitting={create.isPending || update.isPending}
        fixedPlace={fixedPlace || undefined}
        exception={exception}
        submitLabel={t(taken ? 'taken.confirm' : 'form.save')}
      />
      {edit.dialog && (
        <ConflictModal
          ns="centers"
          fieldLabel={(field) => t(`fields.${field}`)}
          emptyText={t('history.empty')}
          {...edit.dialog}
        />
      )}
    </Stack>
  );
}
