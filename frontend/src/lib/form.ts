import { schemaResolver, type FormErrors, type UseFormReturnType } from '@mantine/form';
import type { StandardSchemaV1 } from '@standard-schema/spec';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { PointBounds } from './app-config';
import { ProblemError, translateFieldError } from './problem';

/**
 * The glue between @mantine/form, zod and the server: schemas take their limits from the contract
 * (`constraints` generated from openapi.yaml) or from app-config, never from copies, and the
 * server's field errors land beside the same fields.
 */

// The app's content security policy refuses eval; without this zod probes `new Function` to
// compile object schemas, which the policy reports as a breach (e2e/security.spec.ts).
z.config({ jitless: true });

/** What openapi.yaml says of one property (see src/lib/api/constraints.ts). */
export type Contract = {
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly multipleOf?: number;
};

/** A @mantine/form `validate` for a zod schema: run at once, so errors show on submit. */
export const validateWith = (schema: StandardSchemaV1) => schemaResolver(schema, { sync: true });

// The server refuses control characters (PlainText); line breaks only where text is multi-line.
// Matching control characters is the point of these two, so no-control-regex does not apply.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/;
// eslint-disable-next-line no-control-regex
const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

type TextOptions = {
  required?: boolean;
  multiline?: boolean;
  /** Keys (in `t`'s namespace) for a form's own wording; the defaults are `form.errors.*`. */
  messages?: { required?: string; pattern?: string; tooShort?: string };
};

/**
 * Text typed into a field, checked as the server checks the property: trimmed (as it is sent),
 * required or empty, the contract's lengths and pattern, and no control characters. One message
 * at a time, the first that applies.
 */
export function contractText(t: TFunction, contract: Contract, { required = false, multiline = false, messages = {} }: TextOptions = {}) {
  const pattern = contract.pattern === undefined ? undefined : new RegExp(contract.pattern, 'u');
  return z.string().superRefine((raw, ctx) => {
    const value = raw.trim();
    const fail = (message: string) => ctx.addIssue({ code: 'custom', message });
    if (!value) {
      if (required) fail(t(messages.required ?? 'form.errors.required'));
      return;
    }
    if (contract.minLength !== undefined && value.length < contract.minLength)
      fail(t(messages.tooShort ?? 'common:form.errors.tooShort', { min: contract.minLength }));
    else if (contract.maxLength !== undefined && value.length > contract.maxLength)
      fail(t('form.errors.tooLong', { max: contract.maxLength }));
    else if (pattern && !pattern.test(value)) fail(t(messages.pattern ?? 'common:form.errors.pattern'));
    else if ((multiline ? CONTROL : CONTROL_OR_BREAK).test(raw)) fail(t('form.errors.controlCharacters'));
  });
}

const decimalsOf = (step: number) => (Number.isInteger(step) ? 0 : (String(step).split('.')[1]?.length ?? 0));

/**
 * A number typed as text, empty or within the contract's minimum and maximum; whole when
 * `integer`, and with no more decimals than its `multipleOf` allows (0.01: two). One message for
 * every way it is wrong (empty too, when `required`), as the form shows one hint per field.
 */
export function contractNumber(
  t: TFunction,
  contract: Contract,
  message: string,
  { integer = false, required = false } = {},
) {
  const decimals = integer ? 0 : contract.multipleOf === undefined ? undefined : decimalsOf(contract.multipleOf);
  const shape = new RegExp(`^-?\\d+${decimals === 0 ? '' : `(\\.\\d{1,${decimals ?? ''}})?`}$`);
  return z.string().refine((raw) => {
    const value = raw.trim();
    if (!value) return !required;
    if (!shape.test(value)) return false;
    const number = Number(value);
    return (
      (contract.minimum === undefined || number >= contract.minimum) &&
      (contract.maximum === undefined || number <= contract.maximum)
    );
  }, t(message));
}

/** A date field: empty, or a date as the date input gives it. */
export const isoDate = (t: TFunction) =>
  z.string().refine((value) => !value || /^\d{4}-\d{2}-\d{2}$/.test(value), t('form.errors.date'));

const isNumber = (value: string) => value.trim() !== '' && Number.isFinite(Number(value.trim()));

/**
 * A map point typed as two texts: both numbers or neither, and inside the box the server
 * accepts (app-config's `thailand`). For a schema's `superRefine`, so the message lands on the
 * half that is wrong.
 */
export function checkPoint(
  t: TFunction,
  bounds: PointBounds,
  { latitude, longitude }: { latitude: string; longitude: string },
  ctx: z.RefinementCtx,
) {
  const lat = latitude.trim();
  const lon = longitude.trim();
  const fail = (path: 'latitude' | 'longitude', key: string) =>
    ctx.addIssue({ code: 'custom', path: [path], message: t(key, { ...bounds }) });
  if (!lat && !lon) return;
  if (lat && !isNumber(lat)) return fail('latitude', 'form.errors.number');
  if (lon && !isNumber(lon)) return fail('longitude', 'form.errors.number');
  if (!lat) return fail('latitude', 'form.errors.pointIncomplete');
  if (!lon) return fail('longitude', 'form.errors.pointIncomplete');
  if (Number(lat) < bounds.minLatitude || Number(lat) > bounds.maxLatitude) fail('latitude', 'form.errors.outsideThailand');
  if (Number(lon) < bounds.minLongitude || Number(lon) > bounds.maxLongitude) fail('longitude', 'form.errors.outsideThailand');
}

/** The server's field errors on this form's fields, in the reading language; the rest are left out. */
export function serverFieldErrors(t: TFunction, failure: unknown, fields: readonly string[]): FormErrors {
  const errors: FormErrors = {};
  if (!(failure instanceof ProblemError)) return errors;
  for (const fieldError of failure.errors) {
    const field = fieldError.field;
    if (field && fields.includes(field) && !errors[field]) errors[field] = translateFieldError(t, fieldError);
  }
  return errors;
}

/**
 * Moves the keyboard to the first field, in form order, that has an error. `later` waits for the
 * render that shows the field (a folded section, a box shown only then).
 */
export function focusFirstError<F extends string>(
  errors: FormErrors,
  fields: readonly F[],
  fieldId: (field: F) => string,
  later = false,
) {
  const field = fields.find((f) => errors[f]);
  if (!field) return;
  const focus = () => document.getElementById(fieldId(field))?.focus();
  if (later) window.setTimeout(focus, 0);
  else focus();
}

type FailureTarget = {
  setErrors: (errors: FormErrors) => void;
  setProblem: (problem: unknown) => void;
};

/**
 * After a failed save: the server's errors on the form's fields go beside them (focus on the
 * first), anything else is the problem shown above the form.
 */
export function showFailure<F extends string>(
  t: TFunction,
  failure: unknown,
  target: FailureTarget,
  { fields, fieldId, later = false }: { fields: readonly F[]; fieldId: (field: F) => string; later?: boolean },
) {
  const errors = serverFieldErrors(t, failure, fields);
  target.setErrors(errors);
  if (Object.keys(errors).length === 0) target.setProblem(failure);
  else focusFirstError(errors, fields, fieldId, later);
}

/**
 * Sets several fields as the user typed them: each one's error goes, as the user is fixing it,
 * and the other fields keep theirs (a form's setValues would clear every error).
 */
export function changeFields<V>(form: Pick<UseFormReturnType<V>, 'setFieldValue'>, changes: Partial<V>) {
  const set = form.setFieldValue as (path: string, value: unknown) => void;
  for (const [field, value] of Object.entries(changes)) set(field, value);
}
