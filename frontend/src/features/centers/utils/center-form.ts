import type { Center } from '../api/get-centers';
import type { CenterRequest } from '../api/create-center';
import {
  maxLengthError,
  phoneError,
  plainTextError,
  pointErrors,
  type FormError,
  type FormErrors,
} from '@/lib/form-errors';
import { fieldDifferences, reapplyEdits, type FieldDifference } from '@/lib/edit-conflict';

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

function villageNoError(value: string): FormError | undefined {
  if (!value.trim()) return undefined;
  const number = Number(value.trim());
  return Number.isInteger(number) && number >= 1 && number <= 200 ? undefined : { key: 'form.errors.villageNo' };
}

/** The checks the server makes, made before sending so people see them at once. */
export function validateCenterForm(values: CenterFormValues): FormErrors<CenterField> {
  const errors: FormErrors<CenterField> = {
    subdistrictCode: /^\d{6}$/.test(values.subdistrictCode) ? undefined : { key: 'form.errors.subdistrictRequired' },
    name: values.name.trim()
      ? (maxLengthError(values.name.trim(), 200) ?? plainTextError(values.name))
      : { key: 'form.errors.required' },
    villageNo: villageNoError(values.villageNo),
    villageName: maxLengthError(values.villageName, 200) ?? plainTextError(values.villageName),
    address: maxLengthError(values.address, 500) ?? plainTextError(values.address, { multiline: true }),
    establishedOn:
      values.establishedOn && !/^\d{4}-\d{2}-\d{2}$/.test(values.establishedOn)
        ? { key: 'form.errors.date' }
        : undefined,
    phone: phoneError(values.phone),
    notes: maxLengthError(values.notes, 2000) ?? plainTextError(values.notes, { multiline: true }),
    exceptionReason:
      maxLengthError(values.exceptionReason, 500) ?? plainTextError(values.exceptionReason, { multiline: true }),
    ...pointErrors(values.latitude, values.longitude),
  };
  return Object.fromEntries(Object.entries(errors).filter(([, error]) => error)) as FormErrors<CenterField>;
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
