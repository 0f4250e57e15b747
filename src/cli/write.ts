// Writes a file atomically: a temporary file in the same folder, then a rename, so that a killed run leaves the
// previous report intact and never a half-written one.
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { RecoupeError } from '../errors.ts';
import { relPath } from '../paths.ts';

/** Removes temporary files that a killed run left behind for `file` (their process is gone). */
function removeStale(dir: string, base: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = name.startsWith(`.${base}.`) && name.endsWith('.tmp') ? /\.(\d+)\.tmp$/.exec(name) : null;
    if (!m || Number(m[1]) === process.pid || alive(Number(m[1]))) continue;
    rmSync(path.join(dir, name), { force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Pieces are gathered up to this many characters per write.
const WRITE_CHARS = 1 << 20;

/**
 * Writes `content`, one string or pieces (a large report streamed without being one string), then renames. An
 * error names the file relative to `cwd`.
 */
export function writeAtomic(file: string, content: string | Iterable<string>, cwd: string): void {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    ensureDir(dir);
    removeStale(dir, path.basename(file));
    const fd = openSync(tmp, 'w');
    try {
      let pending = '';
      for (const piece of typeof content === 'string' ? [content] : content) {
        pending += piece;
        if (pending.length >= WRITE_CHARS) {
          writeSync(fd, pending);
          pending = '';
        }
      }
      if (pending) writeSync(fd, pending);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // No temporary file could be made there either (the folder is a file, or cannot be reached).
    }
    const code = (e as NodeJS.ErrnoException).code;
    const why = (code && WHY[code]) ?? code ?? (e as Error).message;
    throw new RecoupeError('E_OUTPUT', relPath(file, cwd), `cannot write: ${why}`);
  }
}

// What the usual failures mean to someone choosing an output folder.
const WHY: Record<string, string> = {
  ENOTDIR: 'a part of the path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  ENOENT: 'the folder cannot be created there',
  EISDIR: 'a folder has that name',
};

/**
 * mkdir -p, one level at a time from the deepest folder that exists: fs's recursive mode never returns where
 * mkdir answers ENOENT under an existing folder (a path inside /proc loops forever in Node 20).
 */
function ensureDir(dir: string): void {
  const missing: string[] = [];
  for (let d = path.resolve(dir); !existsSync(d); d = path.dirname(d)) {
    missing.push(d);
    if (path.dirname(d) === d) break;
  }
  for (const d of missing.reverse()) mkdirSync(d);
}
