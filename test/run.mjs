#!/usr/bin/env node
// Runs uvu under tsx (real ESM), echoes its output, and prints "N passed, N failed, N skipped".
// Fails when uvu fails or when no test ran at all (uvu itself exits 0 on "Total: 0").
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const dir = args[0] ?? 'test';
const pattern = args[1] ?? '\\.test\\.ts$';
const res = spawnSync(
  process.execPath,
  ['--import', 'tsx', path.join(root, 'node_modules/uvu/bin.js'), dir, pattern, '--no-color'],
  { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 256 * 1024 * 1024 },
);
process.stdout.write(res.stdout ?? '');
process.stderr.write(res.stderr ?? '');
const num = (label) => Number((res.stdout ?? '').match(new RegExp(`^\\s*${label}:\\s+(\\d+)`, 'm'))?.[1] ?? 0);
const total = num('Total');
const passed = num('Passed');
const skipped = num('Skipped');
const failed = Math.max(0, total - passed);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
if (res.status !== 0 || total === 0 || failed > 0) {
  if (total === 0) console.error('test/run: no test ran');
  process.exit(1);
}
