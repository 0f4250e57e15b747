// Markdown rendering of a DocDiff: a header table, counts, the fact changes, then the text changes with inline
// word diffs (~~old~~ **new**). Every piece of article text is escaped, so it can neither inject HTML nor
// break a table or a list item.
import { escapeMarkdown } from '../report/markdown.ts';
import type { DocDiff, FactChange, FactSide, SentenceChange } from './types.ts';
import { SENTENCE_STATUSES, factValues, renderParts, textChanges, where } from './format-common.ts';

const esc = escapeMarkdown;

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |\n`;
}

export function formatDiffMarkdown(d: DocDiff): string {
  let out = '# recoupe diff\n\n';
  out += row(['', 'A', 'B']) + row(['---', '---', '---']);
  out += row(['file', `\`${d.a.path.replace(/`/g, "'")}\``, `\`${d.b.path.replace(/`/g, "'")}\``]);
  out += row(['title', esc(d.a.title ?? ''), esc(d.b.title ?? '')]);
  out += row(['outlet', esc(d.a.outlet ?? ''), esc(d.b.outlet ?? '')]);
  out += row(['published', esc(d.a.published ?? ''), esc(d.b.published ?? '')]);
  out += row(['sentences', String(d.a.sentences), String(d.b.sentences)]);
  out += '\n';
  out += row(['', ...SENTENCE_STATUSES]) + row(['---', ...SENTENCE_STATUSES.map(() => '---:')]);
  out += row(['sentences', ...SENTENCE_STATUSES.map((s) => String(d.counts.sentences[s]))]);
  out += row(['paragraphs', ...SENTENCE_STATUSES.map((s) => String(d.counts.paragraphs[s]))]);
  out += `\n**Facts:** ${d.counts.facts.changed} changed, ${d.counts.facts.added} added, ${d.counts.facts.removed} removed\n\n`;

  out += '## Fact changes\n\n';
  out += d.facts.length ? `${d.facts.map(fact).join('')}\n` : 'None.\n\n';
  out += '## Text changes\n\n';
  const changes = textChanges(d);
  out += changes.length ? `${changes.map(sentence).join('')}\n` : 'None.\n\n';
  return `${out.trimEnd()}\n`;
}

function evidence(tag: string, s: FactSide | null): string {
  return s ? `  - ${tag} @${s.start}–${s.end}: “${esc(s.text)}” in: ${esc(s.sentence)}\n` : '';
}

function fact(f: FactChange): string {
  const { before, after } = factValues(f);
  const value = f.status === 'changed' ? `${esc(before)} → ${esc(after)}` : esc(f.status === 'added' ? after : before);
  const detail = f.detail ? ` (${esc(f.detail)})` : '';
  return `- **${f.status}** ${f.kind} · ${esc(f.label)}: ${value}${detail}\n${evidence('A', f.before)}${evidence('B', f.after)}`;
}

function sentence(s: SentenceChange): string {
  const loc = s.a && s.b ? `A ${where(s.a)} → B ${where(s.b)}` : s.a ? `A ${where(s.a)}` : `B ${where(s.b!)}`;
  let body: string;
  if (s.parts) body = renderParts(s.parts, esc, (t) => `~~${esc(t)}~~`, (t) => `**${esc(t)}**`, ' ');
  else if (s.status === 'added') body = `**${esc(s.b!.text)}**`;
  else if (s.status === 'removed') body = `~~${esc(s.a!.text)}~~`;
  else body = esc((s.b ?? s.a)!.text);
  const status = `${s.status}${s.status === 'edited' && s.moved ? ' (moved)' : ''}`;
  return `- **${status}** ${esc(loc)}: ${body}\n`;
}
