// Writes src/lib/api/constraints.ts: the Bean Validation limits that openapi/openapi.yaml states per
// schema property (pattern, lengths, bounds), as runtime values. schema.d.ts carries types only, and
// forms that copied these by hand drifted from the server; `npm run gen:api` runs this after
// openapi-typescript and `npm run check:api` fails when the committed file differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const specPath = join(root, '..', 'openapi', 'openapi.yaml');
export const constraintsPath = join(root, 'src', 'lib', 'api', 'constraints.ts');

const KEYS = ['pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'multipleOf'];

/** The constraints of every component schema's properties, schemas and properties in contract order. */
export function constraintsOf(spec) {
  const result = {};
  for (const [schemaName, schema] of Object.entries(spec.components?.schemas ?? {})) {
    for (const [property, definition] of Object.entries(schema.properties ?? {})) {
      const found = Object.fromEntries(KEYS.filter((key) => key in definition).map((key) => [key, definition[key]]));
      if (Object.keys(found).length === 0) continue;
      (result[schemaName] ??= {})[property] = found;
    }
  }
  return result;
}

/** The TypeScript module for a contract's text. */
export function constraintsSource(specText) {
  const constraints = constraintsOf(yaml.load(specText));
  return [
    '// Generated from openapi/openapi.yaml by scripts/gen-constraints.mjs (`npm run gen:api`); do not edit.',
    '// The limits the server checks (Bean Validation) per schema property, for the forms to check first.',
    `export const constraints = ${JSON.stringify(constraints, null, 2)} as const;`,
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(process.argv[2] ?? constraintsPath, constraintsSource(readFileSync(specPath, 'utf8')));
}
