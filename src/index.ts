// recoupe's library API. The CLI is a thin layer over these functions; nothing here touches argv, stdout or exit.
export { check, checkDocs, type CheckOptions, type CheckResult } from './pipeline.ts';
export { ingest, ingestText } from './ingest/index.ts';
export { analyse } from './extract/index.ts';
export { align } from './align/index.ts';
export { compare } from './compare/index.ts';
export { loadRules, parseRule } from './compare/load-rules.ts';
export { RecoupeError, formatError } from './errors.ts';
export { validator, assertValid } from './schema/validate.ts';
export type * from './types.ts';
