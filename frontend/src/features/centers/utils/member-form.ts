import type { TFunction } from 'i18next';
import { z } from 'zod';
import { constraints } from '@/lib/api/constraints';
import { contractText } from '@/lib/form';
import type { MemberRequest } from '../api/add-center-member';
import type { Gender, Member, MemberRole } from '../api/get-center-members';

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

const rules = constraints.MemberRequest;

/** The checks the server makes (limits from the contract), made before sending. */
export function memberSchema(t: TFunction) {
  return z.object({
    fullName: contractText(t, rules.fullName, { required: true }),
    role: z.string().refine(Boolean, t('form.errors.roleRequired')),
    phone: contractText(t, rules.phone, { messages: { pattern: 'form.errors.phone' } }),
    skills: contractText(t, rules.skills, { multiline: true }),
  });
}
