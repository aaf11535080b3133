import type { TFunction } from 'i18next';
import { z } from 'zod';
import { constraints } from '@/lib/api/constraints';
import type { PointBounds } from '@/lib/app-config';
import { fieldDifferences, reapplyEdits, type FieldDifference } from '@/lib/edit-conflict';
import { checkPoint, contractNumber, contractText, isoDate } from '@/lib/form';
import type { CenterRequest } from '../api/create-center';
import type { Center } from '../api/get-centers';

/** The form keeps what the user typed as text; it becomes a request only when saved. */
export type CenterFormValues = {
  provinceCode: string;
  districtCode: string;
  subdistrictCode: string;
  name: string;
  villageNo: string;
  villageName: string;
  address: string;
  latitude: string;
  longitude: string;
  establishedOn: string;
  phone: string;
  notes: string;
  exceptionReason: string;
};

export type CenterField = keyof CenterFormValues;

/** Fields a person edits, in form order; the conflict screen compares these. */
export const editableFields = [
  'name',
  'villageNo',
  'villageName',
  'address',
  'establishedOn',
  'phone',
  'notes',
  'latitude',
  'longitude',
] as const satisfies readonly CenterField[];

export const centerFields: readonly CenterField[] = [
  'provinceCode',
  'districtCode',
  'subdistrictCode',
  ...editableFields,
  'exceptionReason',
];

export const emptyCenterForm: CenterFormValues = {
  provinceCode: '',
  districtCode: '',
  subdistrictCode: '',
  name: '',
  villageNo: '',
  villageName: '',
  address: '',
  latitude: '',
  longitude: '',
  establishedOn: '',
  phone: '',
  notes: '',
  exceptionReason: '',
};

const text = (value: string | number | null | undefined) => (value == null ? '' : String(value));

export function centerToForm(center: Center): CenterFormValues {
  return {
    provinceCode: center.province.code,
    districtCode: center.district.code,
    subdistrictCode: center.subdistrictCode,
    name: center.name,
    villageNo: text(center.villageNo),
    villageName: text(center.villageName),
    address: text(center.address),
    latitude: text(center.latitude),
    longitude: text(center.longitude),
    establishedOn: text(center.establishedOn),
    phone: text(center.phone),
    notes: text(center.notes),
    exceptionReason: text(center.exceptionReason),
  };
}

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
const optionalNumber = (value: string) => (value.trim() === '' ? undefined : Number(value.trim()));

export function formToRequest(values: CenterFormValues): CenterRequest {
  return {
    subdistrictCode: values.subdistrictCode,
    name: values.name.trim(),
    villageNo: optionalNumber(values.villageNo),
    villageName: optional(values.villageName),
    address: optional(values.address),
    latitude: optionalNumber(values.latitude),
    longitude: optionalNumber(values.longitude),
    establishedOn: optional(values.establishedOn),
    phone: optional(values.phone),
    notes: optional(values.notes),
    exceptionReason: optional(values.exceptionReason),
  };
}

const rules = constraints.CenterRequest;

/**
 * The checks the server makes, made before sending so people see them at once: the limits come
 * from the contract, the point's box from app-config. `taken`: the sub-district already has an
 * active center, so the exception reason is required.
 */
export function centerSchema(t: TFunction, thailand: PointBounds, { taken = false } = {}) {
  const subdistrict = new RegExp(rules.subdistrictCode.pattern);
  return z
    .object({
      subdistrictCode: z.string().refine((code) => subdistrict.test(code), t('form.errors.subdistrictRequired')),
      name: contractText(t, rules.name, { required: true }),
      villageNo: contractNumber(t, rules.villageNo, 'form.errors.villageNo', { integer: true }),
      villageName: contractText(t, rules.villageName),
      address: contractText(t, rules.address, { multiline: true }),
      establishedOn: isoDate(t),
      phone: contractText(t, rules.phone, { messages: { pattern: 'form.errors.phone' } }),
      notes: contractText(t, rules.notes, { multiline: true }),
      exceptionReason: contractText(t, rules.exceptionReason, {
        required: taken,
        multiline: true,
        messages: { required: 'taken.required' },
      }),
      latitude: z.string(),
      longitude: z.string(),
    })
    .superRefine((values, ctx) => checkPoint(t, thailand, values, ctx));
}

/** My edits on top of the latest saved record (see reapplyEdits), the exception reason included. */
export function reapplyChanges(base: CenterFormValues, mine: CenterFormValues, theirs: CenterFormValues): CenterFormValues {
  return reapplyEdits([...editableFields, 'exceptionReason'], base, mine, theirs);
}

export function differences(
  base: CenterFormValues,
  mine: CenterFormValues,
  theirs: CenterFormValues,
): FieldDifference<(typeof editableFields)[number]>[] {
  return fieldDifferences(editableFields, base, mine, theirs);
}
