import type { TFunction } from 'i18next';
import { expect, test } from 'vitest';
import { constraints } from '@/lib/api/constraints';
import { validateWith } from '@/lib/form';
import { voidFormToRequest, voidSchema } from '../void-form';

// Messages carry their key and parameters here, so the tests say which check spoke and with what limit.
const t = ((key: string, params?: object) => (params ? `${key} ${JSON.stringify(params)}` : key)) as unknown as TFunction;
const validate = (reason: string) => validateWith(voidSchema(t))({ reason });
const { minLength, maxLength } = constraints.ActivityVoidRequest.reason;

test('asks for a reason of the length the contract gives', () => {
  expect(validate('  ')).toEqual({ reason: 'void.errors.reasonRequired' });
  expect(validate('x'.repeat(minLength - 1))).toEqual({ reason: `void.errors.reasonTooShort {"min":${minLength}}` });
  expect(validate('x'.repeat(maxLength + 1))).toEqual({ reason: `form.errors.tooLong {"max":${maxLength}}` });
  expect(validate('ซ้ำกับกิจกรรมเมื่อวาน\nบันทึกสองครั้ง')).toEqual({});
});

test('sends the reason trimmed', () => {
  expect(voidFormToRequest({ reason: '  ซ้ำ  ' })).toEqual({ reason: 'ซ้ำ' });
});
