import { Button, Checkbox, Group, Modal, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { StaleAlert } from '@/components/stale-alert';
import { formatDate } from '@/lib/dates';
import { focusFirstError, showFailure, validateWith } from '@/lib/form';
import { isProblem } from '@/lib/problem';
import { useAddCenterMember } from '../api/add-center-member';
import { getCenterMemberQueryOptions } from '../api/get-center-member';
import { memberRoles, type Member } from '../api/get-center-members';
import { useUpdateCenterMember } from '../api/update-center-member';
import {
  emptyMemberForm,
  memberFields,
  memberFormToRequest,
  memberSchema,
  memberToForm,
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
  const form = useForm<MemberFormValues>({
    initialValues: member ? memberToForm(member) : emptyMemberForm,
    validate: validateWith(memberSchema(t)),
  });
  const { values } = form;
  const [problem, setProblem] = useState<unknown>();
  const [stale, setStale] = useState(false);
  const fieldId = (field: MemberField) => `member-${field}`;
  const input = (field: MemberField) => ({ id: fieldId(field), ...form.getInputProps(field) });

  function submit(event: FormEvent<HTMLFormElement>) {
    setProblem(undefined);
    form.onSubmit(save, (found) => focusFirstError(found, memberFields, fieldId))(event);
  }

  async function save(checked: MemberFormValues) {
    const request = memberFormToRequest(checked);
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
      showFailure(t, failure, { setErrors: form.setErrors, setProblem }, { fields: memberFields, fieldId });
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
      setProblem(failure);
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
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('members.pdpa')}
        </Text>
        {stale && <StaleAlert ns="centers" message={t('members.conflict')} onReload={() => void loadLatest()} />}
        {problem !== undefined && <ProblemAlert error={problem} />}
        <TextInput label={t('members.fields.fullName')} required {...input('fullName')} />
        <Group grow align="flex-start">
          <NativeSelect label={t('members.fields.role')} required data={roleOptions} {...input('role')} />
          <NativeSelect label={t('members.fields.gender')} data={genderOptions} {...input('gender')} />
        </Group>
        <Group grow align="flex-start">
          <TextInput label={t('members.fields.phone')} type="tel" {...input('phone')} />
          <TextInput
            label={t('members.fields.since')}
            type="date"
            description={values.since ? t('form.beDate', { date: formatDate(values.since, i18n.language, { style: 'long' }) }) : undefined}
            {...input('since')}
          />
        </Group>
        <Textarea label={t('members.fields.skills')} autosize minRows={2} {...input('skills')} />
        {base && (
          <Checkbox
            id="member-active"
            label={t('members.fields.active')}
            description={t('members.activeHelp')}
            {...form.getInputProps('active', { type: 'checkbox' })}
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
