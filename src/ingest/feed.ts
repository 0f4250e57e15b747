// JSON and NDJSON feeds: each record is one article; `original` is the record's text/body string, so
// report offsets point into that string. A broken record is a problem; the other records go on.
import { RecoupeError } from '../errors.ts';
import type { InputProblem } from '../types.ts';
import type { RawDoc } from './build.ts';
import type { DocMeta } from './meta.ts';
import { jsonErrorOffset } from './json-where.ts';

export interface FeedResult {
  /** The records as articles to build (buildDoc). */
  docs: RawDoc[];
  problems: RecoupeError[];
}

/** Reads a `.json` file: one article object or an array of them. */
export function jsonFeed(rel: string, content: string): FeedResult {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (err) {
    if (err instanceof RangeError) throw new RecoupeError('E_FEED_JSON', rel, 'nested too deeply');
    const msg = err instanceof Error ? err.message : String(err);
    throw new RecoupeError('E_FEED_JSON', rel, `invalid JSON: ${msg}`, jsonWhere(content, msg));
  }
  const records = Array.isArray(data) ? data : [data];
  if (records.length === 0) throw new RecoupeError('E_SOURCE_EMPTY', rel, 'the feed has no record');
  const out: FeedResult = { docs: [], problems: [] };
  records.forEach((rec, k) => {
    try {
      out.docs.push(recordDoc(rel, rec, k + 1, `record ${k + 1}`));
    } catch (err) {
      if (err instanceof RecoupeError) out.problems.push(err);
      else throw err;
    }
  });
  return out;
}

/** Reads an `.ndjson`/`.jsonl` file: one article per non-blank line. */
export function ndjsonFeed(rel: string, content: string): FeedResult {
  const out: FeedResult = { docs: [], problems: [] };
  let start = 0;
  let lineNo = 0;
  let index = 0;
  while (start < content.length) {
    let nl = content.indexOf('\n', start);
    if (nl < 0) nl = content.length;
    const line = content.slice(start, nl).trim();
    lineNo++;
    start = nl + 1;
    if (line === '') continue;
    index++;
    const where = `line ${lineNo}`;
    try {
      let rec: unknown;
      try {
        rec = JSON.parse(line);
      } catch (err) {
        const msg = err instanceof RangeError ? 'nested too deeply' : `invalid JSON: ${err instanceof Error ? err.message : String(err)}`;
        throw new RecoupeError('E_FEED_RECORD', rel, msg, where);
      }
      out.docs.push(recordDoc(rel, rec, index, where));
    } catch (err) {
      if (err instanceof RecoupeError) out.problems.push(err);
      else throw err;
    }
  }
  if (index === 0) throw new RecoupeError('E_SOURCE_EMPTY', rel, 'the feed has no record');
  return out;
}

function recordDoc(rel: string, rec: unknown, index: number, where: string): RawDoc {
  if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
    throw new RecoupeError('E_FEED_RECORD', rel, 'a record must be a JSON object', where);
  }
  const r = rec as Record<string, unknown>;
  const body = typeof r.text === 'string' ? r.text : typeof r.body === 'string' ? r.body : null;
  if (body === null || body.trim() === '') throw new RecoupeError('E_FEED_RECORD', rel, 'the record has no "text" or "body" string', where);
  const rid = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : String(index);
  const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
  const meta: DocMeta = { title: str(r.title), outlet: str(r.outlet), url: str(r.url), published: str(r.published), lang: str(r.lang) };
  return { id: `${rel}#${rid}`, path: rel, content: body, format: 'record', meta };
}

/** "line 3" (1-based) from the position JSON.parse reports, when it reports one. */
function jsonWhere(content: string, msg: string): string | null {
  const lc = /line (\d+) column (\d+)/.exec(msg);
  if (lc) return `line ${lc[1]}`;
  const pos = /position (\d+)/.exec(msg);
  // Without a position in the message (Node 20 often gives none), find the offset ourselves.
  const at = pos ? +pos[1]! : jsonErrorOffset(content);
  if (at < 0) return null;
  const p = Math.min(at, content.length);
  let line = 1;
  for (let k = content.indexOf('\n'); k >= 0 && k < p; k = content.indexOf('\n', k + 1)) line++;
  return `line ${line}`;
}

/** Turns a RecoupeError into the InputProblem shape of the report. */
export function toProblem(err: RecoupeError): InputProblem {
  return { code: err.code, file: err.file ?? '', message: err.where ? `${err.where}: ${err.problem}` : err.problem };
}
