// Fails when src/lib/api/schema.d.ts or src/lib/api/constraints.ts no longer match
// ../openapi/openapi.yaml (contract drift).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constraintsPath, constraintsSource } from './gen-constraints.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const spec = join(root, '..', 'openapi', 'openapi.yaml');
const committed = join(root, 'src', 'lib', 'api', 'schema.d.ts');
if (!existsSync(spec)) {
  console.error(`The API contract ${spec} is missing.`);
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'cdvl-api-'));
const fresh = join(dir, 'schema.d.ts');

try {
  execFileSync(join(root, 'node_modules', '.bin', 'openapi-typescript'), [spec, '-o', fresh], { stdio: 'pipe' });
  if (readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8')) {
    console.error('src/lib/api/schema.d.ts is out of date with openapi/openapi.yaml: run `npm run gen:api`.');
    process.exit(1);
  }
  if (constraintsSource(readFileSync(spec, 'utf8')) !== readFileSync(constraintsPath, 'utf8')) {
    console.error('src/lib/api/constraints.ts is out of date with openapi/openapi.yaml: run `npm run gen:api`.');
    process.exit(1);
  }
  console.log('API types and constraints match openapi/openapi.yaml');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
