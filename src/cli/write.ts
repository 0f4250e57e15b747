// Writes a file atomically: a temporary file in the same folder, then a rename, so that a killed run leaves the
// previous report intact and never a half-written one.
import { closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { RecoupeError } from '../errors.ts';

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

/** Writes `content`, one string or pieces (a large report streamed without being one string), then renames. */
export function writeAtomic(file: string, content: string | Iterable<string>): void {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
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
    rmSync(tmp, { force: true });
    throw new RecoupeError('E_OUTPUT', file, `cannot write: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}
