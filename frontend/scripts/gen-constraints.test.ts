import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { expect, test } from 'vitest';
import { constraints } from '../src/lib/api/constraints';
// @ts-expect-error: a plain ES module script without type declarations
import { constraintsOf, specPath } from './gen-constraints.mjs';

type Spec = { components: { schemas: Record<string, { properties: Record<string, Record<string, unknown>> }> } };
const spec = yaml.load(readFileSync(specPath, 'utf8')) as Spec;
const property = (schema: string, name: string) => spec.components.schemas[schema]!.properties[name]!;

test('the phone pattern the forms check is the one in openapi.yaml', () => {
  expect(constraints.MemberRequest.phone.pattern).toBe(property('MemberRequest', 'phone').pattern);
  expect(constraints.CenterRequest.phone.pattern).toBe(property('CenterRequest', 'phone').pattern);
  expect(constraints.PartnerRequest.contactPhone.pattern).toBe(property('PartnerRequest', 'contactPhone').pattern);
});

test('the void reason’s lengths are the ones in openapi.yaml', () => {
  const reason = property('ActivityVoidRequest', 'reason');
  expect(constraints.ActivityVoidRequest.reason).toMatchObject({
    minLength: reason.minLength,
    maxLength: reason.maxLength,
  });
});

test('takes only the limits of a property, and leaves out properties without any', () => {
  const found = constraintsOf({
    components: {
      schemas: {
        Thing: {
          properties: {
            name: { type: 'string', maxLength: 5, pattern: '\\S', examples: ['x'] },
            size: { type: 'integer', minimum: 1, maximum: 9 },
            note: { type: 'string' },
          },
        },
        Plain: { properties: { id: { type: 'string' } } },
      },
    },
  });
  expect(found).toEqual({ Thing: { name: { pattern: '\\S', maxLength: 5 }, size: { minimum: 1, maximum: 9 } } });
});
