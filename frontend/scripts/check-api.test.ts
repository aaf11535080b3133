import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

test('generated API types match openapi/openapi.yaml', () => {
  const script = join(dirname(fileURLToPath(import.meta.url)), 'check-api.mjs');
  const check = spawnSync(process.execPath, [script], { encoding: 'utf8' });
  expect(check.status, check.stderr).toBe(0);
}, 30_000);
