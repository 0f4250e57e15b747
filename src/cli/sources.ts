// What every command that reads sources passes to the library: paths and rules resolved against the cwd.
import path from 'node:path';
import type { CliIo } from '../cli.ts';
import type { CheckOptions } from '../pipeline.ts';

/** The check options every command that reads sources shares: paths and rules resolved against the cwd. */
export function sourceOptions(
  a: { paths: string[]; rules: string; strict: boolean; maxFileSize: number },
  io: CliIo,
): Pick<CheckOptions, 'paths' | 'rules' | 'cwd' | 'strict' | 'maxFileSize'> {
  return { paths: a.paths.map((p) => path.resolve(io.cwd, p)), rules: path.resolve(io.cwd, a.rules), cwd: io.cwd, strict: a.strict, maxFileSize: a.maxFileSize };
}
