/**
 * Someone else saved a record while it was being edited (412). The SPA then compares three
 * versions of the form: the one the edit started from (base), the user's (mine) and the latest
 * saved one (theirs). Values are compared as the form holds them, as trimmed text.
 */
export type FieldDifference<F extends string> = { field: F; base: string; theirs: string; mine: string };

const same = (a: string, b: string) => a.trim() === b.trim();

/** The fields where the saved version or my version differ from what I started editing. */
export function fieldDifferences<F extends string>(
  fields: readonly F[],
  base: Record<F, string>,
  mine: Record<F, string>,
  theirs: Record<F, string>,
): FieldDifference<F>[] {
  return fields
    .filter((field) => !same(base[field], theirs[field]) || !same(base[field], mine[field]))
    .map((field) => ({ field, base: base[field], theirs: theirs[field], mine: mine[field] }));
}

/**
 * My edits on top of the latest saved record: a field I changed keeps my value, every other field
 * takes the saved one, so re-applying never reverts what someone else saved.
 */
export function reapplyEdits<V extends Record<F, string>, F extends keyof V & string>(
  fields: readonly F[],
  base: V,
  mine: V,
  theirs: V,
): V {
  const merged = { ...theirs };
  for (const field of fields) {
    if (!same(mine[field], base[field])) merged[field] = mine[field];
  }
  return merged;
}
