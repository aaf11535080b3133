import { Alert, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConflictModal } from '@/components/conflict-modal';
import { ProblemAlert } from '@/components/problem-alert';
import { formErrorText } from '@/lib/form-errors';
import { localizedName } from '@/lib/localized-name';
import { isProblem } from '@/lib/problem';
import { useEditConflict } from '@/lib/use-edit-conflict';
import { useFormState } from '@/lib/use-form-state';
import { useCreateCenter } from '../api/create-center';
import { getCenterQueryOptions } from '../api/get-center';
import type { Center } from '../api/get-centers';
import { useUpdateCenter } from '../api/update-center';
import {
  centerFields,
  centerToForm,
  differences,
  emptyCenterForm,
  formToRequest,
  reapplyChanges,
  validateCenterForm,
  type CenterField,
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
  const form = useFormState<CenterFormValues, CenterField>(center ? centerToForm(center) : emptyCenterForm, {
    fields: centerFields,
    fieldId,
  });
  const { values, errors, problem } = form;
  const edit = useEditConflict({
    saved: center,
    load: (record) => queryClient.fetchQuery({ ...getCenterQueryOptions(record.id), staleTime: 0 }),
    toForm: centerToForm,
    differences,
    reapply: reapplyChanges,
    form,
    ns: 'centers',
  });
  // The saved record this edit started from; its version goes into If-Match.
  const base = edit.base;
  const [taken, setTaken] = useState(false);

  const change = (changes: Partial<CenterFormValues>) => {
    form.change(changes);
    if ('subdistrictCode' in changes) setTaken(false);
  };

  async function save() {
    const found = validateCenterForm(values);
    if (taken && !values.exceptionReason.trim()) found.exceptionReason = { key: 'taken.required' };
    if (!form.check(found)) return;
    const request = formToRequest(values);
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
    form.showFailure(failure);
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
          value={values.exceptionReason}
          error={formErrorText(t, errors.exceptionReason)}
          onChange={(event) => change({ exceptionReason: event.currentTarget.value })}
        />
      </Stack>
    </Alert>
  );

  return (
    <Stack>
      {problem !== undefined && <ProblemAlert error={problem} />}
      <CenterForm
        values={values}
        errors={errors}
        onChange={change}
        onSubmit={() => void save()}
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
