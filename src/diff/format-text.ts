// Terminal rendering of a DocDiff: header, counts, fact changes, then the text changes with inline word diffs
// ([-old-]{+new+}). Colour only when the caller says so; article text is stripped of control characters so
// that a hostile article cannot drive the terminal.
import type { DocDiff, DiffDocInfo, FactChange, FactSide, SentenceChange } from './types.ts';
import { factCounts, factValues, paragraphCounts, renderParts, sentenceCounts, textChanges, where } from './format-common.ts';

export interface TextFormatOptions {
  /** ANSI colours (the CLI decides: a TTY without NO_COLOR). */
  color?: boolean;
}

const CODES = { red: 31, green: 32, yellow: 33, cyan: 36, bold: 1, dim: 2 } as const;

/** Control characters (ESC included) become visible escapes; tabs and newlines become spaces. */
export function safeTerminal(s: string): string {
  return s.replace(/[\t\n\r]/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function formatDiffText(d: DocDiff, o: TextFormatOptions = {}): string {
  const paint = (code: keyof typeof CODES, s: string) => (o.color && s ? `\u001b[${CODES[code]}m${s}\u001b[0m` : s);
  const doc = (tag: string, x: DiffDocInfo) => {
    const meta = [x.title && `“${safeTerminal(x.title)}”`, x.outlet && safeTerminal(x.outlet), x.published].filter(Boolean).join(' · ');
    return `  ${tag}  ${safeTerminal(x.path)}${meta ? ` — ${meta}` : ''}`;
  };
  const lines: string[] = [paint('bold', 'recoupe diff'), doc('A', d.a), doc('B', d.b), ''];
  lines.push(`Sentences:  ${sentenceCounts(d.counts)}`);
  lines.push(`Paragraphs: ${paragraphCounts(d.counts)}`);
  lines.push(`Facts:      ${factCounts(d.counts)}`, '');

  lines.push(paint('bold', 'Fact changes'));
  if (!d.facts.length) lines.push('  (none)');
  for (const f of d.facts) lines.push(...fact(f, paint));
  lines.push('', paint('bold', 'Text changes'));
  const changes = textChanges(d);
  if (!changes.length) lines.push('  (none)');
  for (const s of changes) lines.push(sentence(s, paint));
  return `${lines.join('\n')}\n`;
}

type Paint = (code: keyof typeof CODES, s: string) => string;

function fact(f: FactChange, paint: Paint): string[] {
  const mark = f.status === 'changed' ? paint('yellow', '~') : f.status === 'added' ? paint('green', '+') : paint('red', '-');
  const { before, after } = factValues(f);
  const value = f.status === 'changed' ? `${paint('red', safeTerminal(before))} → ${paint('green', safeTerminal(after))}` : safeTerminal(f.status === 'added' ? after : before);
  const out = [`  ${mark} ${f.status} ${f.kind} · ${safeTerminal(f.label)}: ${value}${f.detail ? ` (${safeTerminal(f.detail)})` : ''}`];
  const ev = (tag: string, s: FactSide | null) => {
    if (s) out.push(`      ${tag} @${s.start}-${s.end} “${safeTerminal(s.text)}” in: ${paint('dim', safeTerminal(s.sentence))}`);
  };
  ev('A', f.before);
  ev('B', f.after);
  return out;
}

function sentence(s: SentenceChange, paint: Paint): string {
  const loc = s.a && s.b ? `A ${where(s.a)} → B ${where(s.b)}` : s.a ? `A ${where(s.a)}` : `B ${where(s.b!)}`;
  const label = `${s.status}${s.status === 'edited' && s.moved ? ' (moved)' : ''}`.padEnd(16);
  let body: string;
  if (s.parts) {
    body = renderParts(
      s.parts,
      safeTerminal,
      (t) => paint('red', `[-${safeTerminal(t)}-]`),
      (t) => paint('green', `{+${safeTerminal(t)}+}`),
    );
  } else if (s.status === 'added') body = paint('green', `{+${safeTerminal(s.b!.text)}+}`);
  else if (s.status === 'removed') body = paint('red', `[-${safeTerminal(s.a!.text)}-]`);
  else body = safeTerminal((s.b ?? s.a)!.text);
  return `  ${label}${loc}\n      ${body}`;
}
