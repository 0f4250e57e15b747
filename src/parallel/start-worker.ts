// Starting a worker thread on one of this folder's entry modules, compiled or not.
import { Worker } from 'node:worker_threads';

/**
 * Starts a worker on `name` (a module of this folder, without extension): the compiled .js next to this file;
 * under tsx (tests, dev runs), a bootstrap that registers tsx in the worker first, since Node 20 workers do not
 * honour `--import tsx` from execArgv.
 */
export function startWorker(name: string): Worker {
  const own = import.meta.url;
  if (!own.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, own));
  const api = import.meta.resolve('tsx/esm/api');
  const entry = new URL(`./${name}.ts`, own).href;
  return new Worker(`import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`, { eval: true });
}
