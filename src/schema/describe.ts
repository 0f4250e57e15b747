// Turns ajv errors into lines a person can act on. Kept apart from validate.ts so that callers do not load ajv.
import type { ErrorObject } from 'ajv';

/** One line per ajv error: "/options/tolerance must be number". */
export function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`);
}
