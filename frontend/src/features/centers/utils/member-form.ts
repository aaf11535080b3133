import type { MemberRequest } from '../api/add-center-member';
import type { Gender, Member, MemberRole } from '../api/get-center-members';
import { maxLengthError, phoneError, plainTextError, type FormErrors } from '@/lib/form-errors';

export type MemberFormValues = {
  fullName: string;
  role: MemberRole | '';
  gender: Gender | '';
  phone: string;
  since: string;
  skills: string;
  active: boolean;
};

export type MemberField = keyof MemberFormValues;

export const memberFields: readonly MemberField[] = ['fullName', 'role', 'gender', 'phone', 'since', 'skills', 'active'];

export const emptyMemberForm: MemberFormValues = {
  fullName: '',
  role: '',
  gender: '',
  phone: '',
  since: '',
  skills: '',
  active: true,
};

export function memberToForm(member: Member): MemberFormValues {
  return {
    // Absent only for callers without a data agreement; officers who edit always have it.
    fullName: member.fullName ?? '',
    role: member.role,
    gender: member.gender ?? '',
    phone: member.phone ?? '',
    since: member.since ?? '',
    skills: member.skills ?? '',
    active: member.active,
  };
}

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

export function memberFormToRequest(values: MemberFormValues): MemberRequest {
  return {
    fullName: values.fullName.trim(),
    role: values.role as MemberRole,
    gender: values.gender || undefined,
    phone: optional(values.phone),
    since: optional(values.since),
    skills: optional(values.skills),
    active: values.active,
  };
}

export function validateMemberForm(values: MemberFormValues): FormErrors<MemberField> {
  const errors: FormErrors<MemberField> = {
    fullName: values.fullName.trim()
      ? (maxLengthError(values.fullName.trim(), 200) ?? plainTextError(values.fullName))
      : { key: 'form.errors.required' },
    role: values.role ? undefined : { key: 'form.errors.roleRequired' },
    phone: phoneError(values.phone),
    skills: maxLengthError(values.skills, 1000) ?? plainTextError(values.skills, { multiline: true }),
  };
  return Object.fromEntries(Object.entries(errors).filter(([, error]) => error)) as FormErrors<MemberField>;
}
