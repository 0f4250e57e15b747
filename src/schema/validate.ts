// ajv validators for recoupe's own schemas, compiled once per process and cached.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { readPackageJson } from '../paths.ts';
import { describeErrors } from './describe.ts';

export { describeErrors };

const addFormats = addFormatsPlugin.default;

export type SchemaName = 'claim' | 'document' | 'finding' | 'report' | 'rule';

let ajv: Ajv2020 | null = null;
const compiled = new Map<SchemaName, ValidateFunction>();

function instance(): Ajv2020 {
  if (ajv) return ajv;
  ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  // Register the shared schemas so that report.schema.json can $ref them by $id.
  for (const name of ['claim', 'document', 'finding'] as const) ajv.addSchema(readPackageJson('src', 'schema', `${name}.schema.json`) as object);
  return ajv;
}

/** The compiled validator for one of recoupe's schemas. */
export function validator(name: SchemaName): ValidateFunction {
  let v = compiled.get(name);
  if (v) return v;
  const a = instance();
  const schema = readPackageJson<{ $id: string }>('src', 'schema', `${name}.schema.json`);
  v = a.getSchema(schema.$id) ?? a.compile(schema);
  compiled.set(name, v);
  return v;
}

/** Throws when `value` does not follow the schema; used by tests and debug runs. */
export function assertValid(name: SchemaName, value: unknown): void {
  const v = validator(name);
  if (!v(value)) throw new Error(`invalid ${name}: ${describeErrors(v.errors).join('; ')}`);
}
