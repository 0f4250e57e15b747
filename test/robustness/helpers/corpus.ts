// Temp folders, the bundled rules, and a child-process runner for the CLI (for kills, TZ and locale).
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadRules } from '../../../src/compare/load-rules.ts';
import type { Rule } from '../../../src/compare/kind.ts';
import { ROOT } from './fuzz.ts';

export { ROOT };

let rules: Rule[] | null = null;
/** The bundled rules/, loaded once. */
export function bundledRules(): Rule[] {
  return (rules ??= loadRules(path.join(ROOT, 'rules'), ROOT));
}

const made: string[] = [];
/** A fresh temp folder, removed by cleanup(). */
export function tempDir(tag: string): string {
  const d = mkdtempSync(path.join(tmpdir(), `recoupe-${tag}-`));
  made.push(d);
  return d;
}
export function cleanup(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

const BIN = path.join(ROOT, 'src/bin.ts');
// A file URL: the child runs in a temp folder where the bare name "tsx" does not resolve.
export const TSX = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

/** `recoupe …` in a child process (real argv, env and exit code), with a hard timeout so a hang fails. */
export function runBin(args: string[], cwd: string, env: Record<string, string> = {}, timeoutMs = 120_000): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['--import', TSX, BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Same, started asynchronously, for tests that kill it. */
export function spawnBin(args: string[], cwd: string) {
  return spawn(process.execPath, ['--import', TSX, BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** True when `s` holds no stack frame ("    at f (file:1:2)"), the sign of a leaked internal error. */
export function noStack(s: string): boolean {
  return !/^\s+at .+:\d+:\d+\)?$/m.test(s);
}
