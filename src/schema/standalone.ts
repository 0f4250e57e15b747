// Validators compiled ahead of time (ajv standalone code), so that a run does not pay ajv's compile at start-up
// (~100–200 ms each for the rule and lexicon schemas). `npm run schema` regenerates them (standalone-build.ts);
// a test fails when a generated file no longer matches its schema. The generated CommonJS still requires ajv's
// small runtime helpers, but not the compiler.
import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import { packagePath } from '../paths.ts';


export type CompiledValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/** Where the generated validator `name` lives. */
export function generatedPath(name: string): string {
  return packagePath('src', 'schema', 'generated', `${name}.validate.cjs`);
}

const require = createRequire(import.meta.url);
const loaded = new Map<string, CompiledValidator>();

/** The ahead-of-time validator `name` (see STANDALONE). */
export function standaloneValidator(name: string): CompiledValidator {
  let v = loaded.get(name);
  if (!v) {
    const mod = require(generatedPath(name)) as CompiledValidator | { default: CompiledValidator };
    v = typeof mod === 'function' ? mod : mod.default;
    loaded.set(name, v);
  }
  return v;
}
