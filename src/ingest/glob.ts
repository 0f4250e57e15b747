// A tiny glob: `*` and `?` within a path segment, `**` across segments. No dependency, no regex built
// from user input; matching is segment by segment with memoisation, so it cannot blow up.
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** True when the path contains glob characters. */
export function isGlob(p: string): boolean {
  return /[*?]/.test(p);
}

/** Matches one segment against a pattern segment with `*` and `?` (iterative, linear backtracking). */
export function matchSegment(pattern: string, name: string): boolean {
  let p = 0;
  let s = 0;
  let star = -1;
  let mark = 0;
  while (s < name.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === name[s])) {
      p++;
      s++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      mark = s;
    } else if (star >= 0) {
      p = star + 1;
      s = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

/** Matches a relative POSIX path against a pattern split on "/" (supports `**`). */
export function matchPath(pattern: string[], parts: string[]): boolean {
  const memo = new Map<number, boolean>();
  const go = (i: number, j: number): boolean => {
    const key = i * (parts.length + 1) + j;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    let r: boolean;
    if (i === pattern.length) r = j === parts.length;
    else if (pattern[i] === '**') r = go(i + 1, j) || (j < parts.length && go(i, j + 1));
    else r = j < parts.length && matchSegment(pattern[i]!, parts[j]!) && go(i + 1, j + 1);
    memo.set(key, r);
    return r;
  };
  return go(0, 0);
}

/**
 * Expands a glob into absolute file paths, sorted. The walk starts at the longest directory prefix
 * without glob characters; hidden entries and node_modules are only matched by patterns that name them.
 */
export function expandGlob(pattern: string, cwd: string): string[] {
  const posix = pattern.split(path.sep).join('/');
  const abs = path.posix.isAbsolute(posix) || path.isAbsolute(pattern);
  const segs = posix.split('/').filter((s, k) => s !== '' || k === 0);
  let baseSegs: string[] = [];
  let k = 0;
  while (k < segs.length - 1 && !isGlob(segs[k]!)) baseSegs.push(segs[k++]!);
  const base = abs ? path.resolve(baseSegs.join('/') || '/') : path.resolve(cwd, baseSegs.join('/') || '.');
  const rest = segs.slice(k);
  const out: string[] = [];
  const walk = (dir: string, rel: string[]) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const parts = [...rel, e.name];
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        // As when a folder is walked, node_modules holds no articles, unless the pattern names it.
        if (e.name === 'node_modules' && !rest.includes('node_modules')) continue;
        if (rest.includes('**') || parts.length < rest.length) walk(full, parts);
      } else if (e.isFile() && matchPath(rest, parts)) {
        out.push(full);
      }
    }
  };
  walk(base, []);
  return out;
}
