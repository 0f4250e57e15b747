// Article metadata as given by front matter, HTML <meta> tags, feed fields or the caller.
import type { Cut } from './clean.ts';
import { splitLines, squash, wordCount } from './lines.ts';

export interface DocMeta {
  title?: string | null;
  outlet?: string | null;
  url?: string | null;
  /** ISO date, possibly partial. */
  published?: string | null;
  /** Language tag ("fr", "en-GB"). */
  lang?: string | null;
  id?: string | null;
}

/** The first kept line of the text, when it is short enough to be a headline; else null. */
export function firstLineTitle(text: string, cuts: Cut[]): string | null {
  let c = 0;
  for (const line of splitLines(text)) {
    if (line.ce === line.cs) continue;
    while (c < cuts.length && cuts[c]!.end <= line.cs) c++;
    const cut = cuts[c];
    if (cut && cut.start <= line.cs && cut.end >= line.ce) continue;
    const s = squash(text.slice(line.cs, Math.min(line.ce, line.cs + 400)));
    return s.length > 0 && line.ce - line.cs <= 400 && wordCount(s, 41) <= 40 ? s : null;
  }
  return null;
}
