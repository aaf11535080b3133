import { expect, test } from 'vitest';
import { phoneError } from '../form-errors';

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
