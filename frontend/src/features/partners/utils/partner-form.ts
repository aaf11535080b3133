import { fieldDifferences, reapplyEdits, type FieldDifference } from '@/lib/edit-conflict';
import { maxLengthError, onlyErrors, phoneError, plainTextError, type FormErrors } from '@/lib/form-errors';
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

/** The checks the server makes, made before sending so people see them at once. */
export function validatePartnerForm(values: PartnerFormValues): FormErrors<PartnerField> {
  return onlyErrors<PartnerField>({
    name: values.name.trim()
      ? (maxLengthError(values.name.trim(), 200) ?? plainTextError(values.name))
      : { key: 'form.errors.required' },
    sector: values.sector ? undefined : { key: 'form.errors.sectorRequired' },
    kind: maxLengthError(values.kind.trim(), 100) ?? plainTextError(values.kind),
    areaCode: /^\d{2}(\d{2})?$/.test(values.areaCode) ? undefined : { key: 'form.errors.areaRequired' },
    contactPerson: maxLengthError(values.contactPerson.trim(), 200) ?? plainTextError(values.contactPerson),
    contactPhone: phoneError(values.contactPhone),
    mouOn: values.mouOn && !/^\d{4}-\d{2}-\d{2}$/.test(values.mouOn) ? { key: 'form.errors.date' } : undefined,
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
