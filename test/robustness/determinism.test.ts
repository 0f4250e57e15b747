// Determinism: byte-identical reports across runs, the order paths are given in, the order files were created
// in (directory listing order), the time zone and the locale. Child processes, so that TZ and LANG/LC_ALL are real.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cleanup, ROOT, runBin, tempDir } from './helpers/corpus.ts';

const SOURCES = readdirSync(path.join(ROOT, 'sources')).filter((f) => f.endsWith('.txt')).sort();
// A feed with dates near midnight and relative ones ("hier", "lundi"), where a local clock would leak in.
const FEED = [
  { id: 'n1', published: '2023-06-18T23:30:00-10:00', title: 'Nuit', text: 'Hier soir, Antony Blinken a parlé sept heures et demie avec Qin Gang à Pékin, selon Reuters.' },
  { id: 'n2', published: '2023-06-19T00:30:00+14:00', title: 'Matin', text: "Lundi, Antony Blinken a parlé huit heures avec Qin Gang à Pékin, selon l'AFP. 1 234,5 millions d'euros." },
];

/** A working folder with the corpus split in two subfolders, files created in the given order. */
function workdir(tag: string, reverse: boolean): string {
  const dir = tempDir(tag);
  mkdirSync(path.join(dir, 'x'));
  mkdirSync(path.join(dir, 'y'));
  const files = SOURCES.map((f, i) => [f, i % 2 ? 'y' : 'x'] as const);
  for (const [f, sub] of reverse ? [...files].reverse() : files) copyFileSync(path.join(ROOT, 'sources', f), path.join(dir, sub, f));
  writeFileSync(path.join(dir, 'y', 'feed.json'), JSON.stringify(reverse ? [...FEED].reverse() : FEED));
  return dir;
}

function run(dir: string, paths: string[], env: Record<string, string>): Record<string, string> {
  const r = runBin(['check', ...paths, '--rules', path.join(ROOT, 'rules'), '--out', 'out', '--format', 'json,md,html,sarif'], dir, env);
  assert.is(r.status, 0, `${JSON.stringify(env)}: ${r.stderr}`);
  const out: Record<string, string> = {};
  for (const f of ['report.json', 'report.md', 'report.html', 'report.sarif']) out[f] = readFileSync(path.join(dir, 'out', f), 'utf8');
  return out;
}

test('reports are byte-identical across runs, path order, creation order, TZ and locale', () => {
  const a = workdir('det-a', false);
  const b = workdir('det-b', true);
  const base = run(a, ['x', 'y'], { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' });
  const variants: [string, Record<string, string>][] = [
    ['same run again', run(a, ['x', 'y'], { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' })],
    ['paths reversed', run(a, ['y', 'x'], { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' })],
    ['files created in reverse, TZ Kiritimati, fr_FR', run(b, ['y', 'x'], { TZ: 'Pacific/Kiritimati', LANG: 'fr_FR.UTF-8', LC_ALL: 'fr_FR.UTF-8' })],
    ['TZ Los Angeles, LANG fr_FR', run(b, ['x', 'y'], { TZ: 'America/Los_Angeles', LANG: 'fr_FR.UTF-8', LC_ALL: '' })],
    ['individual files in shuffled order', run(a, ['y/feed.json', ...SOURCES.map((f, i) => `${i % 2 ? 'y' : 'x'}/${f}`).reverse()], { TZ: 'Asia/Kolkata', LANG: 'C' })],
  ];
  for (const [label, got] of variants) for (const f of Object.keys(base)) assert.ok(got[f] === base[f], `${f} differs: ${label}`);
});

test.after(cleanup);
test.run();
