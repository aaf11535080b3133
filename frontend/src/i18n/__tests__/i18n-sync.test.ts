import { describe, expect, test } from 'vitest';
import { resources } from '../i18n';

function entries(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([key, child]) => entries(child, prefix ? `${prefix}.${key}` : key));
}

const keys = (value: unknown) => entries(value).map(([key]) => key).sort();

test('Thai and English have the same namespaces', () => {
  expect(Object.keys(resources.en).sort()).toEqual(Object.keys(resources.th).sort());
});

describe.each(Object.keys(resources.th) as (keyof typeof resources.th)[])('namespace %s', (ns) => {
  test('has the same keys in Thai and English', () => {
    expect(keys(resources.en[ns])).toEqual(keys(resources.th[ns]));
  });

  test('has no empty texts', () => {
    const empty = (lang: 'th' | 'en') =>
      entries(resources[lang][ns]).filter(([, text]) => typeof text !== 'string' || text.trim() === '');
    expect(empty('th')).toEqual([]);
    expect(empty('en')).toEqual([]);
  });
});
