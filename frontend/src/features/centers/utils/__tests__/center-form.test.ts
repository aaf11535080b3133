import type { TFunction } from 'i18next';
import { describe, expect, test } from 'vitest';
import { validateWith } from '@/lib/form';
import { createAppConfig, createCenter } from '@/testing/data-generators';
import {
  centerSchema,
  centerToForm,
  differences,
  emptyCenterForm,
  formToRequest,
  reapplyChanges,
  type CenterFormValues,
} from '../center-form';

// Messages are their keys here, so the tests say which check spoke.
const t = ((key: string) => key) as unknown as TFunction;
const validateCenterForm = (values: CenterFormValues, taken = false) =>
  validateWith(centerSchema(t, createAppConfig().thailand, { taken }))(values);

const valid = { ...emptyCenterForm, subdistrictCode: '520101', name: 'ศูนย์ทดสอบ' };

describe('validateCenterForm', () => {
  test('accepts a minimal center', () => {
    expect(validateCenterForm(valid)).toEqual({});
  });

  test('accepts a point in Thailand, a village no. and a phone', () => {
    expect(
      validateCenterForm({ ...valid, latitude: '18.29', longitude: '99.49', villageNo: '12', phone: '+66 (54) 123-456' }),
    ).toEqual({});
  });

  test('wants both coordinates or neither', () => {
    expect(validateCenterForm({ ...valid, longitude: '99.49' })).toEqual({
      latitude: 'form.errors.pointIncomplete',
    });
  });

  test('rejects a village no. outside 1–200 or not whole', () => {
    for (const villageNo of ['0', '201', '2.5']) {
      expect(validateCenterForm({ ...valid, villageNo }).villageNo).toBe('form.errors.villageNo');
    }
  });

  test('rejects control characters in a one-line field but allows line breaks in the address', () => {
    expect(validateCenterForm({ ...valid, name: 'ศูนย์\nทดสอบ' }).name).toBe('form.errors.controlCharacters');
    expect(validateCenterForm({ ...valid, address: 'บ้านเลขที่ 1\nหมู่ 2' })).toEqual({});
  });

  test('needs the exception reason only once the sub-district is taken', () => {
    expect(validateCenterForm(valid, true)).toEqual({ exceptionReason: 'taken.required' });
    expect(validateCenterForm({ ...valid, exceptionReason: 'อีกหมู่บ้าน' }, true)).toEqual({});
  });
});

test('formToRequest trims, drops empty values and sends numbers', () => {
  expect(
    formToRequest({ ...valid, name: '  ศูนย์ทดสอบ ', villageNo: '3', latitude: '18.3', longitude: '99.5', notes: ' ' }),
  ).toEqual({
    subdistrictCode: '520101',
    name: 'ศูนย์ทดสอบ',
    villageNo: 3,
    latitude: 18.3,
    longitude: 99.5,
    villageName: undefined,
    address: undefined,
    establishedOn: undefined,
    phone: undefined,
    notes: undefined,
    exceptionReason: undefined,
  });
});

describe('after someone else saved first', () => {
  const base = centerToForm(createCenter({ name: 'ก', phone: '1', notes: 'n' }));
  const theirs = centerToForm(createCenter({ name: 'ก', phone: '2', notes: 'n' }));
  const mine = { ...base, name: 'ข' };

  test('lists the fields where either side changed', () => {
    expect(differences(base, mine, theirs)).toEqual([
      { field: 'name', base: 'ก', theirs: 'ก', mine: 'ข' },
      { field: 'phone', base: '1', theirs: '2', mine: '1' },
    ]);
  });

  test('re-applies only the fields I changed onto theirs', () => {
    expect(reapplyChanges(base, mine, theirs)).toEqual({ ...theirs, name: 'ข' });
  });

  test('keeps my value where we both changed a field', () => {
    expect(reapplyChanges(base, { ...mine, phone: '3' }, theirs).phone).toBe('3');
  });
});
