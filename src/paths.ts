// Locates files shipped with the package (schemas, rules, lexicons), whether running from src/ or dist/, and shows
// paths the way messages name them.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('recoupe: cannot find the package root');
    dir = up;
  }
  return dir;
}

/** Absolute path of the recoupe package (the folder holding package.json). */
export const PACKAGE_ROOT = findRoot();

/** Absolute path of a file inside the package: `packagePath('src/schema/claim.schema.json')`. */
export function packagePath(...parts: string[]): string {
  return path.join(PACKAGE_ROOT, ...parts);
}

/** A path as messages and document ids show it: POSIX, relative to cwd inside it, absolute outside (never "../../x"). */
export function relPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  const inside = rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  return (inside ? rel : abs).split(path.sep).join('/');
}

/** Reads a JSON data file shipped with the package. */
export function readPackageJson<T = unknown>(...parts: string[]): T {
  return JSON.parse(readFileSync(packagePath(...parts), 'utf8')) as T;
}
