import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConflictModal } from '@/components/conflict-modal';
import { ProblemAlert } from '@/components/problem-alert';
import { changeFields, focusFirstError, showFailure, validateWith } from '@/lib/form';
import { isProblem } from '@/lib/problem';
import { useEditConflict } from '@/lib/use-edit-conflict';
import { useCreatePartner } from '../api/create-partner';
import { getPartnerQueryOptions } from '../api/get-partner';
import type { Partner } from '../api/get-partners';
import { getSimilarPartnersQueryOptions, useSimilarPartners, type SimilarPartner } from '../api/get-similar-partners';
import { useUpdatePartner } from '../api/update-partner';
import {
  differences,
  emptyPartnerForm,
  formToRequest,
  partnerFields,
  partnerSchema,
  partnerToForm,
  reapplyChanges,
  type PartnerFormValues,
} from '../utils/partner-form';
import { fieldId, PartnerForm } from './partner-form';
import { SimilarPartnersLinks } from './similar-partners';

type Duplicate = { partners: Pick<SimilarPartner, 'id' | 'name'>[] };

const SIMILAR_DELAY_MS = 500;
// Shorter names match too much to be a useful warning.
const SIMILAR_MIN_LENGTH = 3;
const DUPLICATE_ID = 'partner-duplicate';

type PartnerEditorProps = {
  partner?: Partner;
  /** Where a new partner works unless changed: the user's own province or district. */
  defaultAreaCode?: string;
};

/**
 * Adds a partner, or edits one. Warns while the name is typed when the province already has a
 * partner named alike, handles the server's own duplicate check (409, then "save as new" with
 * acknowledgeDuplicates) and someone else saving first (412).
 */
export function PartnerEditor({ partner, defaultAreaCode = '' }: PartnerEditorProps) {
  const { t } = useTranslation('partners');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useCreatePartner();
  const update = useUpdatePartner();
  const form = useForm<PartnerFormValues>({
    initialValues: partner ? partnerToForm(partner) : { ...emptyPartnerForm, areaCode: defaultAreaCode },
    validate: validateWith(partnerSchema(t)),
  });
  const { values, errors } = form;
  const [problem, setProblem] = useState<unknown>();
  const edit = useEditConflict({
    saved: partner,
    load: (record) => queryClient.fetchQuery({ ...getPartnerQueryOptions(record.id), staleTime: 0 }),
    toForm: partnerToForm,
    differences,
    reapply: reapplyChanges,
    form,
    setProblem,
    ns: 'partners',
  });
  // The saved record this edit started from; its version goes into If-Match.
  const base = edit.base;
  const [duplicate, setDuplicate] = useState<Duplicate | null>(null);

  const [typedName] = useDebouncedValue(values.name.trim(), SIMILAR_DELAY_MS);
  // An unchanged name is not checked again (the server does not either).
  const nameChanged = !base || typedName !== base.name.trim();
  const similar = useSimilarPartners(
    typedName,
    values.areaCode,
    nameChanged && typedName.length >= SIMILAR_MIN_LENGTH && !duplicate,
  );
  const similarNow = (similar.data ?? []).filter((p) => p.id !== base?.id);

  const change = (changes: Partial<PartnerFormValues>) => {
    changeFields(form, changes);
    if ('name' in changes || 'areaCode' in changes) setDuplicate(null);
  };

  /** Checks the form, then sends it; `acknowledgeDuplicates` after the user saw the duplicate warning. */
  function submit(acknowledgeDuplicates = false) {
    setProblem(undefined);
    form.onSubmit(
      (checked) => save(checked, acknowledgeDuplicates),
      (found) => focusFirstError(found, partnerFields, fieldId),
    )();
  }

  async function save(checked: PartnerFormValues, acknowledgeDuplicates: boolean) {
    const request = formToRequest(checked, acknowledgeDuplicates);
    try {
      const saved = base
        ? await update.mutateAsync({ id: base.id, version: base.version, request })
        : await create.mutateAsync(request);
      notifications.show({ color: 'green', message: t(base ? 'form.saved' : 'form.created') });
      navigate(`/partners/${saved.id}`);
    } catch (failure) {
      await handleFailure(failure, request.name, request.areaCode);
    }
  }

  async function handleFailure(failure: unknown, name: string, areaCode: string) {
    if (isProblem(failure, 'partner.possible-duplicate')) {
      // The problem names the closest match; the look-up adds the others, with links.
      const named = failure.errors.find((e) => e.field === 'name')?.message;
      let partners: Duplicate['partners'] = [];
      try {
        const found = await queryClient.fetchQuery({ ...getSimilarPartnersQueryOptions(name, areaCode), staleTime: 0 });
        partners = found.filter((p) => p.id !== base?.id);
      } catch {
        // The warning still stands with the name the server gave.
      }
      setDuplicate({ partners: partners.length > 0 ? partners : named ? [{ id: '', name: named }] : [] });
      window.setTimeout(() => document.getElementById(DUPLICATE_ID)?.focus(), 0);
      return;
    }
    if (await edit.catchStale(failure)) return;
    showFailure(t, failure, { setErrors: form.setErrors, setProblem }, { fields: partnerFields, fieldId });
  }

  const similarNotice = !duplicate && similarNow.length > 0 && (
    <Alert role="status" color="yellow" variant="light" mt="xs" p="xs">
      <SimilarPartnersLinks partners={similarNow} />
      <Text size="xs" c="dimmed" mt={4}>
        {t('form.similar.help')}
      </Text>
    </Alert>
  );

  const duplicateNotice = duplicate && (
    <Alert id={DUPLICATE_ID} tabIndex={-1} color="orange" variant="light" title={t('duplicate.title')}>
      <Stack gap="xs">
        {duplicate.partners.some((p) => p.id) ? (
          <SimilarPartnersLinks partners={duplicate.partners.filter((p) => p.id)} />
        ) : (
          duplicate.partners.length > 0 && (
            <Text size="sm">{t('duplicate.named', { name: duplicate.partners.map((p) => p.name).join(', ') })}</Text>
          )
        )}
        <Text size="sm">{t(base ? 'duplicate.bodyEdit' : 'duplicate.body')}</Text>
        <Group>
          <Button color="orange" loading={create.isPending || update.isPending} onClick={() => submit(true)}>
            {t(base ? 'duplicate.confirmEdit' : 'duplicate.confirm')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );

  return (
    <Stack>
      {problem !== undefined && <ProblemAlert error={problem} />}
      <PartnerForm
        values={values}
        errors={errors}
        onChange={change}
        onSubmit={() => submit()}
        onCancel={() => navigate(base ? `/partners/${base.id}` : '/partners')}
        submitting={(create.isPending || update.isPending) && !duplicate}
        similarNotice={similarNotice || undefined}
        duplicateNotice={duplicateNotice || undefined}
        editing={Boolean(base)}
      />
      {edit.dialog && (
        <ConflictModal
          ns="partners"
          fieldLabel={(field) => t(`conflict.fields.${field}`)}
          formatValue={(field, value) => {
            if (field === 'sector') return t(`sector.${value}`);
            if (field === 'active') return t(value === 'true' ? 'status.active' : 'status.inactive');
            return value;
          }}
          emptyText={t('noValue')}
          {...edit.dialog}
        />
      )}
    </Stack>
  );
}
