// The command line: parses flags with yargs, calls the library, writes reports, and RETURNS the exit code.
// Exit codes (the contract CI relies on):
//   0  the run completed and stayed within the thresholds
//   1  a threshold was passed (--max-contradictions, --max-divergences, --fail-on, diff --fail-on-changed-facts)
//   2  bad usage, bad input, a bad rule file, or an internal error
import yargs, { type Argv } from 'yargs';
import { RecoupeError, formatError } from './errors.ts';
import { VERSION } from './version.ts';

export interface CliIo {
  stdout(s: string): void;
  stderr(s: string): void;
  cwd: string;
  /** True when stderr is a terminal (progress bars, colours). */
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

export const defaultIo = (): CliIo => ({
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  isTTY: !!process.stderr.isTTY,
  env: process.env,
});

const EXIT_CODES =
  'Exit codes: 0 completed within thresholds; 1 a threshold was passed (--max-contradictions, --max-divergences, --fail-on; diff --fail-on-changed-facts); 2 bad usage, input or rule, or an internal error.';

const FORMATS = ['json', 'html', 'md', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

function parseFormats(v: string | string[]): Format[] {
  const list = (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(',')).map((s) => s.trim()).filter(Boolean);
  for (const f of list) if (!(FORMATS as readonly string[]).includes(f)) throw new RecoupeError('E_USAGE', null, `unknown format "${f}" (use ${FORMATS.join(', ')})`);
  return [...new Set(list)] as Format[];
}

function nonNegativeInt(name: string) {
  return (v: unknown): number | undefined => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new RecoupeError('E_USAGE', null, `--${name} must be a non-negative integer, got "${String(v)}"`);
    return n;
  };
}

function sourcesOption(y: Argv) {
  return y
    .positional('paths', { type: 'string', array: true, describe: 'files, directories or globs (default: sources/)' })
    .option('strict', { type: 'boolean', default: false, describe: 'stop at the first bad source instead of skipping it' })
    .option('max-file-size', { type: 'string', default: '20MB', describe: 'skip files bigger than this (e.g. 20MB, 500KB)' });
}

export function parseSize(v: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(String(v).trim());
  if (!m) throw new RecoupeError('E_USAGE', null, `--max-file-size: cannot read "${v}" (try 20MB)`);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(Number(m[1]) * mult);
}

// The options of each command. Commands are declared without handlers and run after parsing (runCommand), so that
// each command's code is loaded only when it runs; skipHelpCache() says why yargs' own help cache is turned off.
const checkOptions = (y: Argv) =>
  sourcesOption(y)
    .option('rules', { type: 'string', describe: 'rules directory or file (default: ./rules, else the bundled rules)' })
    .option('out', { type: 'string', default: 'reports', describe: 'output directory' })
    .option('format', { type: 'string', default: 'json', describe: `comma-separated: ${FORMATS.join(',')}` })
    .option('lang', { choices: ['en', 'fr'] as const, describe: 'language of the HTML/Markdown report (default: majority of sources)' })
    .option('max-contradictions', { type: 'string', describe: 'exit 1 when there are more contradictions than this (default 0 when gating)' })
    .option('max-divergences', { type: 'string', describe: 'exit 1 when there are more divergences than this' })
    .option('fail-on', { choices: ['contradiction', 'divergence', 'none'] as const, describe: 'exit 1 on any finding of this verdict or worse' })
    .option('exit-code', { type: 'boolean', default: true, describe: 'use --no-exit-code to always exit 0 after a completed run' })
    .option('baseline', { type: 'string', describe: 'a baseline file: findings recorded there are not counted' })
    .option('claims', { type: 'boolean', default: true, describe: 'use --no-claims to leave claims out of the JSON report' })
    .option('findings-only', { type: 'boolean', default: false, describe: 'JSON report with findings and summary only' })
    .option('quiet', { type: 'boolean', default: false, describe: 'print nothing but errors' })
    .option('verbose', { type: 'boolean', default: false, describe: 'print per-stage timings and skipped files' })
    .epilog(EXIT_CODES);

const extractOptions = (y: Argv) => sourcesOption(y).option('ndjson', { type: 'boolean', default: false, describe: 'one claim per line' });

const baselineOptions = (y: Argv) =>
  sourcesOption(y)
    .option('rules', { type: 'string', describe: 'rules directory or file (default: ./rules, else the bundled rules)' })
    .option('out', { type: 'string', default: 'recoupe-baseline.json', describe: 'baseline file to write' });

const diffOptions = (y: Argv) =>
  y
    .positional('a', { type: 'string', demandOption: true, describe: 'the earlier version' })
    .positional('b', { type: 'string', demandOption: true, describe: 'the later version' })
    .option('format', { choices: ['text', 'json', 'md', 'html'] as const, default: 'text' as const, describe: 'output format' })
    .option('out', { type: 'string', describe: 'write to this file instead of stdout' })
    .option('fail-on-changed-facts', { type: 'boolean', default: false, describe: 'exit 1 when a fact changed' });

/** The parsed arguments a command's options give. */
type ArgsOf<B extends (y: Argv) => Argv<unknown>> = ReturnType<B> extends Argv<infer T> ? T : never;

/** Runs the command the arguments name; each command's code is loaded only when it runs. */
async function runCommand(name: unknown, parsed: unknown, io: CliIo): Promise<number> {
  switch (name) {
    case 'check': {
      const args = parsed as ArgsOf<typeof checkOptions>;
      const { runCheck } = await import('./cli/check.ts');
      return runCheck(
        {
          paths: args.paths?.length ? args.paths : ['sources'],
          rules: args.rules,
          out: args.out,
          formats: parseFormats(args.format),
          lang: args.lang,
          strict: args.strict,
          maxFileSize: parseSize(args['max-file-size']),
          maxContradictions: nonNegativeInt('max-contradictions')(args['max-contradictions']),
          maxDivergences: nonNegativeInt('max-divergences')(args['max-divergences']),
          failOn: args['fail-on'],
          exitCode: args['exit-code'],
          baseline: args.baseline,
          includeClaims: args.claims && !args['findings-only'],
          findingsOnly: args['findings-only'],
          quiet: args.quiet,
          verbose: args.verbose,
        },
        io,
      );
    }
    case 'extract': {
      const args = parsed as ArgsOf<typeof extractOptions>;
      const { runExtract } = await import('./cli/extract.ts');
      return runExtract({ paths: args.paths?.length ? args.paths : ['sources'], strict: args.strict, maxFileSize: parseSize(args['max-file-size']), ndjson: args.ndjson }, io);
    }
    case 'baseline': {
      const args = parsed as ArgsOf<typeof baselineOptions>;
      const { runBaseline } = await import('./cli/baseline.ts');
      return runBaseline(
        { paths: args.paths?.length ? args.paths : ['sources'], rules: args.rules, out: args.out, strict: args.strict, maxFileSize: parseSize(args['max-file-size']) },
        io,
      );
    }
    case 'diff': {
      const args = parsed as ArgsOf<typeof diffOptions>;
      const { runDiff } = await import('./cli/diff.ts');
      return runDiff({ a: args.a, b: args.b, format: args.format, out: args.out, failOnChangedFacts: args['fail-on-changed-facts'] }, io);
    }
    default:
      throw new RecoupeError('E_USAGE', null, `unknown command "${String(name)}"`);
  }
}

/**
 * yargs renders its whole help text each time it runs a command, to have it at hand should the command ask for it
 * later (20–30 ms of a 0.35 s check of five articles, most of it measuring string widths). No command here does:
 * --help and usage errors render it themselves. Reached through yargs' internal methods, so a yargs without them
 * simply keeps caching.
 */
function skipHelpCache(parser: unknown): void {
  type Internals = { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } } };
  const usage = (parser as Internals).getInternalMethods?.().getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => {};
}

/** Runs the CLI in-process; never throws and never exits. */
export async function runCli(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  const debug = argv.includes('--debug');
  const parser = yargs(argv)
    .scriptName('recoupe')
    .usage('$0 <command> [options]\n\nFinds where news articles about one event disagree.')
    .command('check [paths..]', 'extract claims from the sources, compare them and write reports', checkOptions)
    .command('extract [paths..]', 'print the claims found in the sources as JSON (or NDJSON)', extractOptions)
    .command('baseline [paths..]', 'record the current findings so that later checks only count new ones', baselineOptions)
    .command('diff <a> <b>', 'compare two versions of a dispatch: text diff and fact diff', diffOptions)
    .option('debug', { type: 'boolean', default: false, describe: 'show stack traces of internal errors' })
    .demandCommand(1, 'name a command: check, extract, baseline or diff')
    .strict()
    .help()
    .alias('h', 'help')
    .version(VERSION)
    .epilog(EXIT_CODES)
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((msg, err) => {
      throw err ?? new RecoupeError('E_USAGE', null, msg);
    });
  skipHelpCache(parser);
  try {
    let output = '';
    const parsed = await parser.parseAsync(argv, {}, (_err, _argv, out) => {
      output = out;
    });
    // --help and --version print and run nothing.
    if (output) {
      io.stdout(output.endsWith('\n') ? output : `${output}\n`);
      return 0;
    }
    return await runCommand(parsed._[0], parsed, io);
  } catch (err) {
    io.stderr(`${formatError(err, debug)}\n`);
    return 2;
  }
}
