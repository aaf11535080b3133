import { act, renderHook } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { ProblemError } from '../problem';
import { useFormState } from '../use-form-state';

type Values = { name: string; phone: string };
const fields = ['name', 'phone'] as const;
type Field = (typeof fields)[number];

/** Inputs named after the fields, so focus can be seen. */
function inputs() {
  for (const field of fields) {
    const input = document.createElement('input');
    input.id = `x-${field}`;
    document.body.append(input);
  }
}

afterEach(() => {
  document.body.innerHTML = '';
});

const renderForm = (focusAfterRender = false) =>
  renderHook(() =>
    useFormState<Values, Field>({ name: '', phone: '' }, { fields, fieldId: (field) => `x-${field}`, focusAfterRender }),
  );

test('takes changes and drops the errors of the fields changed', () => {
  const { result } = renderForm();
  act(() => result.current.setErrors({ name: { key: 'required' }, phone: { key: 'phone' } }));

  act(() => result.current.change({ phone: '054' }));

  expect(result.current.values).toEqual({ name: '', phone: '054' });
  expect(result.current.errors).toEqual({ name: { key: 'required' } });
});

test('stops a send with errors, focusing the first field in form order, and clears the last problem', () => {
  inputs();
  const { result } = renderForm();
  act(() => result.current.setProblem(new Error('before')));

  let ok = true;
  act(() => {
    ok = result.current.check({ phone: { key: 'phone' }, name: { key: 'required' } });
  });

  expect(ok).toBe(false);
  expect(result.current.problem).toBeUndefined();
  expect(document.activeElement).toHaveAttribute('id', 'x-name');
  act(() => {
    ok = result.current.check({});
  });
  expect(ok).toBe(true);
  expect(result.current.errors).toEqual({});
});

test('can focus after the render that shows the message', () => {
  vi.useFakeTimers();
  inputs();
  const { result } = renderForm(true);

  act(() => result.current.showErrors({ phone: { key: 'phone' } }));
  expect(document.activeElement).toBe(document.body);
  act(() => vi.runAllTimers());
  expect(document.activeElement).toHaveAttribute('id', 'x-phone');
  vi.useRealTimers();
});

test('puts the server’s errors on its fields beside them, and anything else in the problem', () => {
  inputs();
  const { result } = renderForm();
  const onPhone = new ProblemError(400, {
    code: 'validation',
    errors: [
      { field: 'phone', message: 'bad' },
      { field: 'other', message: 'not here' },
    ],
  });

  act(() => result.current.showFailure(onPhone));
  expect(Object.keys(result.current.errors)).toEqual(['phone']);
  expect(result.current.problem).toBeUndefined();
  expect(document.activeElement).toHaveAttribute('id', 'x-phone');

  const down = new Error('network');
  act(() => result.current.showFailure(down));
  expect(result.current.errors).toEqual({});
  expect(result.current.problem).toBe(down);
});
