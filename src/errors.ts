// User-facing errors: one line, a code, the file and where in it. Anything else is a bug.

export type ErrorCode =
  | 'E_USAGE'
  | 'E_SOURCE_MISSING'
  | 'E_SOURCE_READ'
  | 'E_SOURCE_EMPTY'
  | 'E_SOURCE_BINARY'
  | 'E_SOURCE_ENCODING'
  | 'E_SOURCE_TOO_BIG'
  | 'E_FRONT_MATTER'
  | 'E_FEED_JSON'
  | 'E_FEED_RECORD'
  | 'E_NO_SOURCES'
  | 'E_RULE_READ'
  | 'E_RULE_JSON'
  | 'E_RULE_SCHEMA'
  | 'E_RULE_KIND'
  | 'E_LEXICON'
  | 'E_BASELINE'
  | 'E_OUTPUT'
  | 'E_EVAL';

/** An error the user can fix. `where` is a line ("line 3") or a JSON pointer ("/options/tolerance"). */
export class RecoupeError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly file: string | null,
    readonly problem: string,
    readonly where: string | null = null,
  ) {
    super(formatParts(code, file, problem, where));
    this.name = 'RecoupeError';
  }
}

function formatParts(code: string, file: string | null, problem: string, where: string | null): string {
  const place = file ? `${file}${where ? `:${where}` : ''}: ` : '';
  return `${place}${oneLine(problem)} (${code})`;
}

/** Collapse a message to one line so that error output stays greppable. */
export function oneLine(s: string): string {
  // Split and trim rather than /\s*[\r\n]+\s*/g, which rescans a long run of blanks from each of its positions.
  return s
    .split(/[\r\n]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ');
}

/** The line printed to stderr for any error. */
export function formatError(err: unknown, debug = false): string {
  if (err instanceof RecoupeError) return `recoupe: ${err.message}`;
  const detail = err instanceof Error ? err.message : String(err);
  if (debug && err instanceof Error && err.stack) return `recoupe: internal error: ${err.stack}`;
  return `recoupe: internal error: ${oneLine(detail)} (rerun with --debug for details)`;
}
