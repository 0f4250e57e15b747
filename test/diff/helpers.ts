// Loads the diff fixtures as SourceDocs, the way the CLI reads them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestText } from '../../src/ingest/index.ts';
import type { SourceDoc } from '../../src/types.ts';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = 'test/fixtures/diff';

export function fixture(name: string): SourceDoc {
  const rel = `${FIXTURES}/${name}`;
  return ingestText(rel, readFileSync(path.join(REPO, rel), 'utf8'));
}

/** An in-memory article with front matter, for small cases. */
export function article(id: string, body: string, lang: 'fr' | 'en' = 'fr', published = '2024-10-14'): SourceDoc {
  return ingestText(`${id}.txt`, `---\ntitle: Test\npublished: ${published}\nlang: ${lang}\n---\n${body}\n`);
}
