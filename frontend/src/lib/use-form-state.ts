import { useState } from 'react';
import { hasErrors, serverFieldErrors, type FormErrors } from './form-errors';
import { ProblemError } from './problem';

type FormStateOptions<F extends string> = {
  /** The form's fields in order: focus goes to the first with an error, and the server's field errors are kept for these. */
  fields: readonly F[];
  /** The id of a field's input, to move focus there. */
  fieldId: (field: F) => string;
  /** Focus after the render that shows the message, for fields that render only then (a folded section). */
  focusAfterRender?: boolean;
};

/**
 * What a form being edited holds: the values as typed, the errors beside the fields, and a problem
 * the fields cannot show. Every error leads the keyboard to the first field that has one.
 */
export function useFormState<V extends Record<F, unknown>, F extends string>(
  initial: V | (() => V),
  { fields, fieldId, focusAfterRender = false }: FormStateOptions<F>,
) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FormErrors<F>>({});
  const [problem, setProblem] = useState<unknown>();

  const focusFirstError = (found: FormErrors<F>) => {
    const field = fields.find((f) => found[f]);
    if (!field) return;
    const focus = () => document.getElementById(fieldId(field))?.focus();
    if (focusAfterRender) window.setTimeout(focus, 0);
    else focus();
  };

  /** Takes what the user typed; the changed fields' errors go, as the user is fixing them. */
  const change = (changes: Partial<V>) => {
    setValues((current) => ({ ...current, ...changes }));
    setErrors((current) => {
      const next = { ...current };
      for (const field of Object.keys(changes) as F[]) delete next[field];
      return next;
    });
  };

  /** Shows errors beside their fields and moves focus to the first. */
  const showErrors = (found: FormErrors<F>) => {
    setErrors(found);
    focusFirstError(found);
  };

  /** Before sending: clears the last problem, shows what the checks found and says whether to send. */
  const check = (found: FormErrors<F>): boolean => {
    setProblem(undefined);
    showErrors(found);
    return !hasErrors(found);
  };

  /** After a failed save: the server's errors on this form's fields go beside them, anything else is the problem. */
  const showFailure = (failure: unknown) => {
    const fieldErrors = failure instanceof ProblemError ? serverFieldErrors(failure, fields) : {};
    showErrors(fieldErrors);
    if (!hasErrors(fieldErrors)) setProblem(failure);
  };

  return { values, setValues, errors, setErrors, problem, setProblem, change, check, showErrors, showFailure };
}

export type FormState<V extends Record<F, unknown>, F extends string> = ReturnType<typeof useFormState<V, F>>;
