import { expect, test } from 'vitest';
import { fieldDifferences, reapplyEdits } from '../edit-conflict';

const fields = ['name', 'phone', 'notes'] as const;
type Values = { name: string; phone: string; notes: string; id: string };

const base: Values = { id: '1', name: 'ก', phone: '1', notes: 'n' };

test('lists the fields either side changed, in field order, ignoring spaces around values', () => {
  const mine = { ...base, notes: 'mine', name: ' ก ' };
  const theirs = { ...base, phone: '2', id: 'other' };

  expect(fieldDifferences(fields, base, mine, theirs)).toEqual([
    { field: 'phone', base: '1', theirs: '2', mine: '1' },
    { field: 'notes', base: 'n', theirs: 'n', mine: 'mine' },
  ]);
});

test('re-applies only the fields I changed on top of the saved record', () => {
  const mine = { ...base, notes: 'mine', phone: '1 ' };
  const theirs = { ...base, phone: '2', id: 'theirs' };

  expect(reapplyEdits(fields, base, mine, theirs)).toEqual({ id: 'theirs', name: 'ก', phone: '2', notes: 'mine' });
});
