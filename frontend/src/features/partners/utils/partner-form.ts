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

const same = (a: string, b: string) => a.trim() === b.trim();

/**
 * My edits on top of the latest saved partner: a field I changed keeps my value, every other field
 * takes the saved one, so re-applying never reverts what someone else saved.
 */
export function reapplyChanges(
  base: PartnerFormValues,
  mine: PartnerFormValues,
  theirs: PartnerFormValues,
): PartnerFormValues {
  const merged = { ...theirs };
  for (const field of partnerFields) {
    if (!same(mine[field], base[field])) (merged as Record<PartnerField, string>)[field] = mine[field];
  }
  return merged;
}

export type FieldDifference = { field: PartnerField; base: string; theirs: string; mine: string };

/** The fields where the saved version or my version differ from what I started editing. */
export function differences(
  base: PartnerFormValues,
  mine: PartnerFormValues,
  theirs: PartnerFormValues,
): FieldDifference[] {
  return partnerFields
    .filter((field) => !same(base[field], theirs[field]) || !same(base[field], mine[field]))
    .map((field) => ({ field, base: base[field], theirs: theirs[field], mine: mine[field] }));
}
