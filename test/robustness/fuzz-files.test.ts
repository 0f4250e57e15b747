// Property tests through files on disk: invalid UTF-8, NULs, BOMs and junk in .txt/.md/.html/.json/.ndjson.
// ingest either reads a document or reports a RecoupeError; the CLI exits 0 or 2 with one-line errors, no stack.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { RecoupeError } from '../../src/errors.ts';
import { ingest } from '../../src/ingest/index.ts';
import { cli } from '../helpers/cli.ts';
import { cleanup, noStack, ROOT, tempDir } from './helpers/corpus.ts';
import { article, fileBytes, junk, params } from './helpers/fuzz.ts';
import { checkClaims } from './helpers/invariants.ts';
import { align } from '../../src/align/index.ts';
import { analyse } from '../../src/extract/index.ts';

/** A feed file's bytes: JSON records with hostile fields, sometimes cut or with a junk line. */
const feedBytes = fc
  .tuple(
    fc.array(fc.record({ id: fc.oneof(fc.string(), fc.integer(), junk), title: junk, url: junk, text: article }, { requiredKeys: ['text'] }), { minLength: 1, maxLength: 3 }),
    fc.boolean(),
    fc.option(junk),
  )
  .map(([recs, nd, extra]) => {
    const body = nd ? recs.map((r) => JSON.stringify(r)).join('\n') : JSON.stringify(recs);
    return Buffer.from(extra === null ? body : nd ? `${body}\n${extra}\n` : body + extra, 'utf8');
  });

const file = fc.oneof(
  fc.tuple(fc.constantFrom('txt', 'md', 'html'), fileBytes),
  fc.tuple(fc.constantFrom('json', 'ndjson'), feedBytes),
);

let n = 0;
// Made in a hook, not at import: uvu imports every test file first, and another file's cleanup would remove it.
let root = '';
test.before(() => void (root = tempDir('fuzz-files')));

test('fuzz: ingest of hostile files reads or reports, never throws anything else', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(file, { minLength: 1, maxLength: 3 }), async (files) => {
      const dir = path.join(root, `i${n++}`);
      mkdirSync(dir);
      files.forEach(([ext, bytes], i) => writeFileSync(path.join(dir, `f${i}.${ext}`), bytes));
      try {
        const { docs, problems } = await ingest([dir], { cwd: dir });
        for (const p of problems) assert.match(p.code, /^E_[A-Z_]+$/);
        const { claims } = align(docs.map((d) => analyse(d)));
        checkClaims(claims, docs);
      } catch (err) {
        if (!(err instanceof RecoupeError)) throw err;
        assert.not.match(err.message, /\n/);
      }
    }),
    params(120),
  );
});

test('fuzz: `recoupe check` on hostile files exits 0 or 2 with one-line messages', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(file, { minLength: 1, maxLength: 3 }), async (files) => {
      const dir = path.join(root, `c${n++}`);
      mkdirSync(dir);
      files.forEach(([ext, bytes], i) => writeFileSync(path.join(dir, `f${i}.${ext}`), bytes));
      const r = await cli(['check', '.', '--rules', path.join(ROOT, 'rules'), '--out', 'out', '--format', 'json,html,md,sarif'], dir);
      assert.ok(r.code === 0 || r.code === 2, `exit ${r.code}: ${r.stderr}`);
      for (const line of r.stderr.split('\n').filter(Boolean)) assert.match(line, /^recoupe: /, `stray stderr line: ${line}`);
      assert.ok(noStack(r.stderr), r.stderr);
      assert.not.match(r.stderr, /internal error/, r.stderr);
    }),
    params(40),
  );
});

test.after(cleanup);
test.run();
