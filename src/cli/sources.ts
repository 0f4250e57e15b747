// What every command that reads sources passes to the library: paths and rules resolved against the cwd.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CliIo } from '../cli.ts';
import { packagePath } from '../paths.ts';
import type { CheckOptions } from '../pipeline.ts';

/**
 * The rules a run uses without --rules: the working directory's rules/ (a project's own copy, edited as data), or,
 * where there is none, the rules shipped with recoupe, so that `npx recoupe check` works in any folder.
 */
export function defaultRules(cwd: string): string {
  const own = path.join(cwd, 'rules');
  return existsSync(own) ? own : packagePath('rules');
}

/**
 * The check options every command that reads sources shares: paths and rules resolved against the cwd. The rules
 * and the files the command writes (`outputs`: its reports, a baseline) are no sources, even inside a folder of
 * sources: `recoupe check .` must not read its rules' README or its previous reports as articles.
 */
export function sourceOptions(
  a: { paths: string[]; rules: string | undefined; strict: boolean; maxFileSize: number },
  io: CliIo,
  outputs: string[],
): Pick<CheckOptions, 'paths' | 'rules' | 'cwd' | 'strict' | 'maxFileSize' | 'exclude'> {
  const rules = a.rules === undefined ? defaultRules(io.cwd) : path.resolve(io.cwd, a.rules);
  const exclude = [rules, ...outputs.map((o) => path.resolve(io.cwd, o))];
  return { paths: a.paths.map((p) => path.resolve(io.cwd, p)), rules, cwd: io.cwd, strict: a.strict, maxFileSize: a.maxFileSize, exclude };
}
