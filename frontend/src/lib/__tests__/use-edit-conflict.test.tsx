import { useForm } from '@mantine/form';
import { act, renderHook } from '@testing-library/react';
import { useState } from 'react';
import { expect, test, vi } from 'vitest';
import { fieldDifferences, reapplyEdits } from '../edit-conflict';
import { ProblemError } from '../problem';
import { useEditConflict } from '../use-edit-conflict';

type Saved = { id: string; version: number; name: string; phone: string };
type Values = { name: string; phone: string };
const fields = ['name', 'phone'] as const;

const saved: Saved = { id: '1', version: 1, name: 'ก', phone: '1' };
const theirs: Saved = { id: '1', version: 2, name: 'ก', phone: '2' };
const stale = new ProblemError(412, { code: 'version.stale' });
const toForm = ({ name, phone }: Saved): Values => ({ name, phone });

/** `start` null: a record being created. */
function renderEditor(load: () => Promise<Saved>, start: Saved | null = saved) {
  const onResolved = vi.fn();
  const hook = renderHook(() => {
    const form = useForm<Values>({ initialValues: start ? toForm(start) : { name: '', phone: '' } });
    const [problem, setProblem] = useState<unknown>();
    const edit = useEditConflict({
      saved: start ?? undefined,
      load,
      toForm,
      differences: (base, mine, latest) => fieldDifferences(fields, base, mine, latest),
      reapply: (base, mine, latest) => reapplyEdits(fields, base, mine, latest),
      form,
      setProblem,
      ns: 'centers',
      onResolved,
    });
    return { form, problem, edit };
  });
  return { ...hook, onResolved };
}

test('leaves failures other than a stale version, and new records, to the caller', async () => {
  const load = vi.fn(async () => theirs);
  const { result } = renderEditor(load);
  expect(await result.current.edit.catchStale(new ProblemError(400, { code: 'validation' }))).toBe(false);

  const created = renderEditor(load, null);
  expect(await created.result.current.edit.catchStale(stale)).toBe(false);
  expect(load).not.toHaveBeenCalled();
});

test('opens the dialog with their version and what differs, then re-applies my changes on it', async () => {
  const { result, onResolved } = renderEditor(async () => theirs);
  act(() => result.current.form.setFieldValue('name', 'ข'));

  let caught = false;
  await act(async () => {
    caught = await result.current.edit.catchStale(stale);
  });

  expect(caught).toBe(true);
  const dialog = result.current.edit.dialog!;
  expect(dialog.version).toBe(2);
  expect(dialog.differences).toEqual([
    { field: 'name', base: 'ก', theirs: 'ก', mine: 'ข' },
    { field: 'phone', base: '1', theirs: '2', mine: '1' },
  ]);

  act(() => dialog.onReapply());
  expect(result.current.form.values).toEqual({ name: 'ข', phone: '2' });
  expect(result.current.edit.base).toEqual(theirs);
  expect(result.current.edit.dialog).toBeNull();
  expect(onResolved).toHaveBeenCalledWith(theirs);
});

test('can drop my changes for their version, or just close', async () => {
  const { result } = renderEditor(async () => theirs);
  act(() => result.current.form.setFieldValue('name', 'ข'));
  await act(async () => {
    await result.current.edit.catchStale(stale);
  });

  act(() => result.current.edit.dialog!.onClose());
  expect(result.current.edit.dialog).toBeNull();
  expect(result.current.edit.base).toEqual(saved);

  await act(async () => {
    await result.current.edit.catchStale(stale);
  });
  act(() => result.current.edit.dialog!.onReload());
  expect(result.current.form.values).toEqual({ name: 'ก', phone: '2' });
  expect(result.current.edit.base?.version).toBe(2);
});

test('shows the problem when their version cannot be read', async () => {
  const down = new Error('network');
  const { result } = renderEditor(() => Promise.reject(down));

  await act(async () => {
    await result.current.edit.catchStale(stale);
  });

  expect(result.current.problem).toBe(down);
  expect(result.current.edit.dialog).toBeNull();
});
