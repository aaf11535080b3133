import type { TFunction } from 'i18next';
import { afterEach, expect, test, vi } from 'vitest';
import { z } from 'zod';
import { createAppConfig } from '@/testing/data-generators';
import { constraints } from '../api/constraints';
import { checkPoint, contractText, focusFirstError, showFailure, validateWith } from '../form';
import { ProblemError } from '../problem';

// Messages are their keys here, so the tests say which check spoke.
const t = ((key: string) => key) as unknown as TFunction;
const { thailand } = createAppConfig();

const phone = validateWith(
  z.object({ phone: contractText(t, constraints.MemberRequest.phone, { messages: { pattern: 'form.errors.phone' } }) }),
);
const point = validateWith(
  z
    .object({ latitude: z.string(), longitude: z.string() })
    .superRefine((values, ctx) => checkPoint(t, thailand, values, ctx)),
);

afterEach(() => {
  document.body.innerHTML = '';
});

test('accepts the phone numbers the server accepts, and an empty one', () => {
  for (const value of ['', '  ', '054-123456', '+66 (54) 123-456']) expect(phone({ phone: value })).toEqual({});
});

test('refuses letters and numbers too short or too long', () => {
  for (const value of ['call me', '12', '1'.repeat(21)]) {
    expect(phone({ phone: value })).toEqual({ phone: 'form.errors.phone' });
  }
});

test('accepts no point, or a whole point inside Thailand', () => {
  expect(point({ latitude: '', longitude: ' ' })).toEqual({});
  expect(point({ latitude: ' 18.29 ', longitude: '99.49' })).toEqual({});
});

test('asks for numbers, both halves of a point, and a point inside Thailand', () => {
  expect(point({ latitude: '18,29', longitude: '99.49' })).toEqual({ latitude: 'form.errors.number' });
  expect(point({ latitude: '18.29', longitude: 'east' })).toEqual({ longitude: 'form.errors.number' });
  expect(point({ latitude: '', longitude: '99.49' })).toEqual({ latitude: 'form.errors.pointIncomplete' });
  expect(point({ latitude: '18.29', longitude: '' })).toEqual({ longitude: 'form.errors.pointIncomplete' });
  expect(point({ latitude: '1.3', longitude: '103.8' })).toEqual({ latitude: 'form.errors.outsideThailand' });
  expect(point({ latitude: '48.8', longitude: '2.3' })).toEqual({
    latitude: 'form.errors.outsideThailand',
    longitude: 'form.errors.outsideThailand',
  });
});

test('checks the point with the box app-config serves', () => {
  const wider = { ...thailand, maxLatitude: 50 };
  const check = validateWith(
    z.object({ latitude: z.string(), longitude: z.string() }).superRefine((v, ctx) => checkPoint(t, wider, v, ctx)),
  );
  expect(check({ latitude: '48.8', longitude: '100' })).toEqual({});
});

test('checks the point even when another field is wrong', () => {
  const check = validateWith(
    z
      .object({ name: contractText(t, {}, { required: true }), latitude: z.string(), longitude: z.string() })
      .superRefine((v, ctx) => checkPoint(t, thailand, v, ctx)),
  );
  expect(check({ name: '', latitude: '18.29', longitude: '' })).toEqual({
    name: 'form.errors.required',
    longitude: 'form.errors.pointIncomplete',
  });
});

/** Inputs named after the fields, so focus can be seen. */
function inputs(fields: readonly string[]) {
  for (const field of fields) {
    const input = document.createElement('input');
    input.id = `x-${field}`;
    document.body.append(input);
  }
}

const fields = ['name', 'phone'] as const;
const fieldId = (field: string) => `x-${field}`;

test('focuses the first field with an error in form order', () => {
  inputs(fields);
  focusFirstError({ phone: 'bad', name: 'required' }, fields, fieldId);
  expect(document.activeElement).toHaveAttribute('id', 'x-name');
});

test('can focus after the render that shows the message', () => {
  vi.useFakeTimers();
  inputs(fields);
  focusFirstError({ phone: 'bad' }, fields, fieldId, true);
  expect(document.activeElement).toBe(document.body);
  vi.runAllTimers();
  expect(document.activeElement).toHaveAttribute('id', 'x-phone');
  vi.useRealTimers();
});

test('puts the server’s errors on its fields beside them, and anything else in the problem', () => {
  inputs(fields);
  const target = { setErrors: vi.fn(), setProblem: vi.fn() };
  const onPhone = new ProblemError(400, {
    code: 'validation',
    errors: [
      { field: 'phone', message: 'bad' },
      { field: 'other', message: 'not here' },
    ],
  });

  showFailure(t, onPhone, target, { fields, fieldId });
  expect(target.setErrors).toHaveBeenLastCalledWith({ phone: 'bad' });
  expect(target.setProblem).not.toHaveBeenCalled();
  expect(document.activeElement).toHaveAttribute('id', 'x-phone');

  const down = new Error('network');
  showFailure(t, down, target, { fields, fieldId });
  expect(target.setErrors).toHaveBeenLastCalledWith({});
  expect(target.setProblem).toHaveBeenCalledWith(down);
});
