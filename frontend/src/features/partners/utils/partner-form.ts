import type { TFunction } from 'i18next';
import { z } from 'zod';
import { constraints } from '@/lib/api/constraints';
import { fieldDifferences, reapplyEdits, type FieldDifference } from '@/lib/edit-conflict';
import { contractText, isoDate } from '@/lib/form';
import type { PartnerRequest } from '../api/create-partner';
import type { Partner, Sector } from '../api/get-partners';

/** The form keeps what the user typed as text; it becomes a request only when saved. */
export type PartnerFormValues = {
  name: string;
  sector: Sector | '';
  kind: string;
  /** A province (2 digits) or district (4 digits). */
  areaCode: string;
  contactPerson: string;
  contactPhone: string;
  mouOn: string;
  active: 'true' | 'false';
};

export type PartnerField = keyof PartnerFormValues;

/** Fields in form order; the server names its field errors the same way. */
export const partnerFields = [
  'name',
  'sector',
  'kind',
  'areaCode',
  'contactPerson',
  'contactPhone',
  'mouOn',
  'active',
] as const satisfies readonly PartnerField[];

export const emptyPartnerForm: PartnerFormValues = {
  name: '',
  sector: '',
  kind: '',
  areaCode: '',
  contactPerson: '',
  contactPhone: '',
  mouOn: '',
  active: 'true',
};

export function partnerToForm(partner: Partner): PartnerFormValues {
  return {
    name: partner.name,
    sector: partner.sector,
    kind: partner.kind ?? '',
    areaCode: partner.areaCode,
    contactPerson: partner.contactPerson ?? '',
    contactPhone: partner.contactPhone ?? '',
    mouOn: partner.mouOn ?? '',
    active: partner.active ? 'true' : 'false',
  };
}

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

export function formToRequest(values: PartnerFormValues, acknowledgeDuplicates = false): PartnerRequest {
  return {
    name: values.name.trim(),
    sector: values.sector as Sector,
    kind: optional(values.kind),
    areaCode: values.areaCode,
    contactPerson: optional(values.contactPerson),
    contactPhone: optional(values.contactPhone),
    mouOn: optional(values.mouOn),
    active: values.active === 'true',
    ...(acknowledgeDuplicates ? { acknowledgeDuplicates: true } : {}),
  };
}

const rules = constraints.PartnerRequest;

/** The checks the server makes, with the contract's limits, made before sending so people see them at once. */
export function partnerSchema(t: TFunction) {
  const area = new RegExp(rules.areaCode.pattern);
  return z.object({
    name: contractText(t, rules.name, { required: true }),
    sector: z.string().refine(Boolean, t('form.errors.sectorRequired')),
    kind: contractText(t, rules.kind),
    areaCode: z.string().refine((code) => area.test(code), t('form.errors.areaRequired')),
    contactPerson: contractText(t, rules.contactPerson),
    contactPhone: contractText(t, rules.contactPhone, { messages: { pattern: 'form.errors.phone' } }),
    mouOn: isoDate(t),
  });
}

/** My edits on top of the latest saved partner (see reapplyEdits). */
export function reapplyChanges(
  base: PartnerFormValues,
  mine: PartnerFormValues,
  theirs: PartnerFormValues,
): PartnerFormValues {
  return reapplyEdits(partnerFields, base, mine, theirs);
}

export function differences(
  base: PartnerFormValues,
  mine: PartnerFormValues,
  theirs: PartnerFormValues,
): FieldDifference<PartnerField>[] {
  return fieldDifferences(partnerFields, base, mine, theirs);
}
