import { Button, Checkbox, Group, Modal, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { StaleAlert } from '@/components/stale-alert';
import { formatDate } from '@/lib/dates';
import { formErrorText } from '@/lib/form-errors';
import { isProblem } from '@/lib/problem';
import { useFormState } from '@/lib/use-form-state';
import { useAddCenterMember } from '../api/add-center-member';
import { getCenterMemberQueryOptions } from '../api/get-center-member';
import { memberRoles, type Member } from '../api/get-center-members';
import { useUpdateCenterMember } from '../api/update-center-member';
import {
  emptyMemberForm,
  memberFields,
  memberFormToRequest,
  memberToForm,
  validateMemberForm,
  type MemberField,
  type MemberFormValues,
} from '../utils/member-form';

type MemberFormModalProps = {
  centerId: string;
  /** The member to edit; absent to add one. */
  member?: Member;
  opened: boolean;
  onClose: () => void;
};

export function MemberFormModal({ centerId, member, opened, onClose }: MemberFormModalProps) {
  const { t } = useTranslation('centers');
  return (
    <Modal opened={opened} onClose={onClose} title={t(member ? 'members.editTitle' : 'members.addTitle')} size="lg">
      {/* Keyed so each opening starts from the member's saved values. */}
      {opened && <MemberForm key={member?.id ?? 'new'} centerId={centerId} member={member} onDone={onClose} />}
    </Modal>
  );
}

function MemberForm({ centerId, member, onDone }: { centerId: string; member?: Member; onDone: () => void }) {
  const { t, i18n } = useTranslation('centers');
  const queryClient = useQueryClient();
  const add = useAddCenterMember();
  const update = useUpdateCenterMember();
  const [base, setBase] = useState(member);
  const form = useFormState<MemberFormValues, MemberField>(member ? memberToForm(member) : emptyMemberForm, {
    fields: memberFields,
    fieldId: (field) => `member-${field}`,
  });
  const { values, errors, problem } = form;
  const [stale, setStale] = useState(false);

  const set = <F extends MemberField>(field: F, value: MemberFormValues[F]) =>
    form.change({ [field]: value } as Partial<MemberFormValues>);
  const error = (field: MemberField) => formErrorText(t, errors[field]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!form.check(validateMemberForm(values))) return;
    const request = memberFormToRequest(values);
    try {
      if (base) await update.mutateAsync({ centerId, memberId: base.id, version: base.version, request });
      else await add.mutateAsync({ centerId, request });
      notifications.show({ color: 'green', message: t('members.saved') });
      onDone();
    } catch (failure) {
      if (isProblem(failure, 'version.stale') && base) {
        setStale(true);
        return;
      }
      form.showFailure(failure);
    }
  }

  async function loadLatest() {
    if (!base) return;
    try {
      const latest = await queryClient.fetchQuery(getCenterMemberQueryOptions(centerId, base.id));
      setBase(latest);
      form.setValues(memberToForm(latest));
      setStale(false);
    } catch (failure) {
      form.setProblem(failure);
    }
  }

  const pending = add.isPending || update.isPending;
  const roleOptions = [
    { value: '', label: t('form.choose') },
    ...memberRoles.map((role) => ({ value: role, label: t(`members.roles.${role}`) })),
  ];
  const genderOptions = [
    { value: '', label: t('members.genders.unspecified') },
    ...(['FEMALE', 'MALE', 'OTHER'] as const).map((g) => ({ value: g, label: t(`members.genders.${g}`) })),
  ];

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('members.pdpa')}
        </Text>
        {stale && <StaleAlert ns="centers" message={t('members.conflict')} onReload={() => void loadLatest()} />}
        {problem !== undefined && <ProblemAlert error={problem} />}
        <TextInput
          id="member-fullName"
          label={t('members.fields.fullName')}
          required
          value={values.fullName}
          error={error('fullName')}
          onChange={(event) => set('fullName', event.currentTarget.value)}
        />
        <Group grow align="flex-start">
          <NativeSelect
            id="member-role"
            label={t('members.fields.role')}
            required
            value={values.role}
            data={roleOptions}
            error={error('role')}
            onChange={(event) => set('role', event.currentTarget.value as MemberFormValues['role'])}
          />
          <NativeSelect
            id="member-gender"
            label={t('members.fields.gender')}
            value={values.gender}
            data={genderOptions}
            error={error('gender')}
            onChange={(event) => set('gender', event.currentTarget.value as MemberFormValues['gender'])}
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            id="member-phone"
            label={t('members.fields.phone')}
            type="tel"
            value={values.phone}
            error={error('phone')}
            onChange={(event) => set('phone', event.currentTarget.value)}
          />
          <TextInput
            id="member-since"
            label={t('members.fields.since')}
            type="date"
            value={values.since}
            error={error('since')}
            description={values.since ? t('form.beDate', { date: formatDate(values.since, i18n.language, { style: 'long' }) }) : undefined}
            onChange={(event) => set('since', event.currentTarget.value)}
          />
        </Group>
        <Textarea
          id="member-skills"
          label={t('members.fields.skills')}
          autosize
          minRows={2}
          value={values.skills}
          error={error('skills')}
          onChange={(event) => set('skills', event.currentTarget.value)}
        />
        {base && (
          <Checkbox
            id="member-active"
            label={t('members.fields.active')}
            description={t('members.activeHelp')}
            checked={values.active}
            onChange={(event) => set('active', event.currentTarget.checked)}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={pending}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
