import type { TFunction } from 'i18next';
import { translateFieldError, type FieldError, type ProblemError } from './problem';

/** A message for one form field: a check made here (an i18n key) or one the server made (a code). */
export type FormError = { key: string; params?: Record<string, unknown> } | { server: FieldError };

export type FormErrors<F extends string> = Partial<Record<F, FormError>>;

/** The text of a field's error; `t` is bound to the namespace that holds the form's own keys. */
export function formErrorText(t: TFunction, error: FormError | undefined): string | undefined {
  if (!error) return undefined;
  return 'key' in error ? t(error.key, error.params) : translateFieldError(t, error.server);
}

/** The server's field errors for the fields this form has; the rest stay in the general alert. */
export function serverFieldErrors<F extends string>(error: ProblemError, fields: readonly F[]): FormErrors<F> {
  const errors: FormErrors<F> = {};
  for (const fieldError of error.errors) {
    const field = fieldError.field as F | undefined;
    if (field && fields.includes(field) && !errors[field]) errors[field] = { server: fieldError };
  }
  return errors;
}

export const hasErrors = (errors: Partial<Record<string, unknown>>) => Object.values(errors).some(Boolean);

/** Drops the fields without an error, so the object's keys are exactly the fields to fix. */
export function onlyErrors<F extends string>(errors: FormErrors<F>): FormErrors<F> {
  return Object.fromEntries(Object.entries(errors).filter(([, error]) => error)) as FormErrors<F>;
}

// The server refuses control characters (PlainText); line breaks only where text is multi-line.
// Matching control characters is the point of these two, so no-control-regex does not apply.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/;
// eslint-disable-next-line no-control-regex
const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

export function plainTextError(value: string, { multiline = false } = {}): FormError | undefined {
  return (multiline ? CONTROL : CONTROL_OR_BREAK).test(value) ? { key: 'form.errors.controlCharacters' } : undefined;
}

export function maxLengthError(value: string, max: number): FormError | undefined {
  return value.length > max ? { key: 'form.errors.tooLong', params: { max } } : undefined;
}

// The server's phone pattern, for members, centers and partner contacts alike.
const PHONE = /^[0-9+() -]{3,20}$/;

export function phoneError(value: string): FormError | undefined {
  return value.trim() && !PHONE.test(value.trim()) ? { key: 'form.errors.phone' } : undefined;
}

// The box the server accepts as Thailand (GeoService).
const THAILAND = { minLat: 5.5, maxLat: 20.6, minLon: 97.3, maxLon: 105.7 } as const;

const isNumber = (value: string) => value.trim() !== '' && Number.isFinite(Number(value.trim()));

/** A map point typed as text: both numbers or neither, and inside Thailand. */
export function pointErrors(latitude: string, longitude: string): FormErrors<'latitude' | 'longitude'> {
  const lat = latitude.trim();
  const lon = longitude.trim();
  if (!lat && !lon) return {};
  if (lat && !isNumber(lat)) return { latitude: { key: 'form.errors.number' } };
  if (lon && !isNumber(lon)) return { longitude: { key: 'form.errors.number' } };
  if (!lat) return { latitude: { key: 'form.errors.pointIncomplete' } };
  if (!lon) return { longitude: { key: 'form.errors.pointIncomplete' } };
  const outside = { key: 'form.errors.outsideThailand' };
  const errors: FormErrors<'latitude' | 'longitude'> = {};
  if (Number(lat) < THAILAND.minLat || Number(lat) > THAILAND.maxLat) errors.latitude = outside;
  if (Number(lon) < THAILAND.minLon || Number(lon) > THAILAND.maxLon) errors.longitude = outside;
  return errors;
}
