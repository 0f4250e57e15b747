// JSON rendering of a DocDiff: the DocDiff itself, with the tool that made it. Offsets are 0-based UTF-16
// indexes into each document's original text, end exclusive.
import { VERSION } from '../version.ts';
import type { DocDiff } from './types.ts';

export function formatDiffJson(d: DocDiff): string {
  const { schemaVersion, ...rest } = d;
  return `${JSON.stringify({ schemaVersion, tool: { name: 'recoupe', version: VERSION }, ...rest }, null, 2)}\n`;
}
