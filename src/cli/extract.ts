// `recoupe extract`: print every claim, aligned to events, as JSON or NDJSON.
import path from 'node:path';
import type { CliIo } from '../cli.ts';
import { align } from '../align/index.ts';
import { analyse } from '../extract/index.ts';
import { ingest } from '../ingest/index.ts';
import { defaultRules } from './sources.ts';

export interface ExtractArgs {
  paths: string[];
  strict: boolean;
  maxFileSize: number;
  ndjson: boolean;
}

export async function runExtract(a: ExtractArgs, io: CliIo): Promise<number> {
  // As check does, the rules folder is no source ("recoupe extract ." in a project).
  const exclude = [defaultRules(io.cwd)];
  const { docs, problems } = await ingest(a.paths.map((p) => path.resolve(io.cwd, p)), { cwd: io.cwd, strict: a.strict, maxFileSize: a.maxFileSize, exclude });
  for (const p of problems) io.stderr(`recoupe: ${p.file}: ${p.message} (${p.code}), skipped\n`);
  const { claims } = align(docs.map((d) => analyse(d)));
  if (a.ndjson) io.stdout(claims.map((c) => JSON.stringify(c)).join('\n') + (claims.length ? '\n' : ''));
  else io.stdout(`${JSON.stringify(claims, null, 2)}\n`);
  return 0;
}
