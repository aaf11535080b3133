import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDifference } from './edit-conflict';
import { isProblem } from './problem';

type EditConflictOptions<R, V extends Record<F, unknown>, F extends string> = {
  /** The saved record the edit starts from (none when creating); its version goes into If-Match. */
  saved: R | undefined;
  /** Reads the latest saved version of the record, past the cache. */
  load: (base: R) => Promise<R>;
  toForm: (record: R) => V;
  /** The fields to show in the dialog: base, mine, theirs. */
  differences: (base: V, mine: V, theirs: V) => FieldDifference<F>[];
  /** My edits on top of their version. */
  reapply: (base: V, mine: V, theirs: V) => V;
  /** The @mantine/form being edited (or anything with these three). */
  form: { getValues: () => V; setValues: (values: V) => void; clearErrors: () => void };
  /** Shows a failure to read their version above the form. */
  setProblem: (problem: unknown) => void;
  /** The namespace with the feature's `conflict.reloaded` and `conflict.reapplied` texts. */
  ns: string;
  /** After the user chose, with the version the edit now continues from. */
  onResolved?: (theirs: R) => void;
};

/**
 * Someone else saving first (412): keeps the version the edit started from, reads theirs when a
 * save is refused as stale, and continues from it with my changes re-applied or dropped, as the
 * user chooses in the ConflictModal (`dialog` holds its props while it is open).
 */
export function useEditConflict<R extends { version: number }, V extends Record<F, unknown>, F extends string>({
  saved,
  load,
  toForm,
  differences,
  reapply,
  form,
  setProblem,
  ns,
  onResolved,
}: EditConflictOptions<R, V, F>) {
  const { t } = useTranslation(ns);
  const [base, setBase] = useState(saved);
  const [conflict, setConflict] = useState<{ theirs: R; mine: V } | null>(null);

  /** Whether a save failed because someone saved first; the dialog then opens with their version. */
  async function catchStale(failure: unknown): Promise<boolean> {
    if (!isProblem(failure, 'version.stale') || base === undefined) return false;
    try {
      setConflict({ theirs: await load(base), mine: form.getValues() });
    } catch (reloadFailure) {
      setProblem(reloadFailure);
    }
    return true;
  }

  function resolve(keepMine: boolean) {
    if (!conflict || base === undefined) return;
    const theirs = toForm(conflict.theirs);
    form.setValues(keepMine ? reapply(toForm(base), conflict.mine, theirs) : theirs);
    setBase(conflict.theirs);
    onResolved?.(conflict.theirs);
    form.clearErrors();
    setConflict(null);
    notifications.show({ color: 'blue', message: t(keepMine ? 'conflict.reapplied' : 'conflict.reloaded') });
  }

  const dialog =
    conflict && base !== undefined
      ? {
          version: conflict.theirs.version,
          differences: differences(toForm(base), conflict.mine, toForm(conflict.theirs)),
          onReload: () => resolve(false),
          onReapply: () => resolve(true),
          onClose: () => setConflict(null),
        }
      : null;

  return { base, setBase, catchStale, dialog };
}
