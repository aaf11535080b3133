import { expect, test } from 'vitest';
import { phoneError, pointErrors } from '../form-errors';

test('accepts the phone numbers the server accepts, and an empty one', () => {
  expect(phoneError('')).toBeUndefined();
  expect(phoneError('  ')).toBeUndefined();
  expect(phoneError('054-123456')).toBeUndefined();
  expect(phoneError('+66 (54) 123-456')).toBeUndefined();
});

test('refuses letters and numbers too short or too long', () => {
  expect(phoneError('call me')).toEqual({ key: 'form.errors.phone' });
  expect(phoneError('12')).toEqual({ key: 'form.errors.phone' });
  expect(phoneError('1'.repeat(21))).toEqual({ key: 'form.errors.phone' });
});

test('accepts no point, or a whole point inside Thailand', () => {
  expect(pointErrors('', ' ')).toEqual({});
  expect(pointErrors(' 18.29 ', '99.49')).toEqual({});
});

test('asks for numbers, both halves of a point, and a point inside Thailand', () => {
  expect(pointErrors('18,29', '99.49')).toEqual({ latitude: { key: 'form.errors.number' } });
  expect(pointErrors('18.29', 'east')).toEqual({ longitude: { key: 'form.errors.number' } });
  expect(pointErrors('', '99.49')).toEqual({ latitude: { key: 'form.errors.pointIncomplete' } });
  expect(pointErrors('18.29', '')).toEqual({ longitude: { key: 'form.errors.pointIncomplete' } });
  expect(pointErrors('1.3', '103.8')).toEqual({ latitude: { key: 'form.errors.outsideThailand' } });
  expect(pointErrors('48.8', '2.3')).toEqual({
    latitude: { key: 'form.errors.outsideThailand' },
    longitude: { key: 'form.errors.outsideThailand' },
  });
});
