// What every bench script needs first: an up-to-date dist/, and the generated corpus it runs on.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_OUT, ROOT, writeCorpus, type Written } from './corpus-cli.ts';

function filesUnder(dir: string): string[] {
  return spawnSync('find', [dir, '-type', 'f'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
}

/** Builds dist/ when a source file is newer than dist/bin.js. */
export function buildIfStale(): void {
  const bin = path.join(ROOT, 'dist', 'bin.js');
  const newest = (dir: string): number => {
    let t = 0;
    for (const e of filesUnder(dir)) t = Math.max(t, statSync(e).mtimeMs);
    return t;
  };
  if (existsSync(bin) && statSync(bin).mtimeMs >= newest(path.join(ROOT, 'src'))) return;
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('build failed');
}

/** The corpus of `articles` articles, `perEvent` per event, seed 1: generated once, then reused. */
export function ensureCorpus(articles: number, perEvent: number): Written {
  const dir = path.join(DEFAULT_OUT, `a${articles}-k${perEvent}-s1`);
  const manifest = path.join(dir, 'manifest.json');
  if (existsSync(manifest)) {
    const m = JSON.parse(readFileSync(manifest, 'utf8')) as { articles: number; txtBytes: number };
    if (m.articles === articles) return { dir, txt: path.join(dir, 'txt'), ndjson: path.join(dir, 'ndjson'), articles, bytes: m.txtBytes };
  }
  return writeCorpus({ articles, perEvent, seed: 1 }, dir);
}
