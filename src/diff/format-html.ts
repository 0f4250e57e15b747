// HTML rendering of a DocDiff: one self-contained page with no script at all. The CSP forbids everything but the
// one inline stylesheet, allowed by its sha256; every piece of article text and metadata is escaped.
import { escapeAttr, escapeHtml, isHttpUrl } from '../report/escape.ts';
import { pageHead } from '../report/page.ts';
import type { DiffDocInfo, DocDiff, FactChange, FactSide, SentenceChange } from './types.ts';
import { SENTENCE_STATUSES, factValues, renderParts, textChanges, where } from './format-common.ts';
import { DIFF_STYLE } from './html-style.ts';

const esc = escapeHtml;

export function formatDiffHtml(d: DocDiff): string {
  const { facts } = d.counts;
  const changes = textChanges(d);
  return [
    ...pageHead({ lang: d.b.lang, title: `recoupe diff — ${d.a.path} → ${d.b.path}`, style: DIFF_STYLE }),
    '<body>',
    '<main>',
    '<h1>recoupe diff</h1>',
    docsTable(d.a, d.b),
    countsTable(d),
    `<p><strong>Facts:</strong> ${facts.changed} changed, ${facts.added} added, ${facts.removed} removed</p>`,
    '<h2 id="facts">Fact changes</h2>',
    d.facts.length ? `<ol class="changes">${d.facts.map(fact).join('\n')}</ol>` : '<p class="muted">None.</p>',
    '<h2 id="text">Text changes</h2>',
    changes.length ? `<ol class="changes">${changes.map(sentence).join('\n')}</ol>` : '<p class="muted">None.</p>',
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function docsTable(a: DiffDocInfo, b: DiffDocInfo): string {
  const link = (x: DiffDocInfo) => (isHttpUrl(x.url) ? `<a href="${escapeAttr(x.url)}" rel="noreferrer noopener">${esc(x.url)}</a>` : esc(x.url ?? ''));
  const rows: [string, (x: DiffDocInfo) => string][] = [
    ['File', (x) => `<code>${esc(x.path)}</code>`],
    ['Title', (x) => esc(x.title ?? '')],
    ['Outlet', (x) => esc(x.outlet ?? '')],
    ['Published', (x) => esc(x.published ?? '')],
    ['URL', link],
    ['Sentences', (x) => String(x.sentences)],
  ];
  const body = rows.map(([h, f]) => `<tr><th scope="row">${h}</th><td>${f(a)}</td><td>${f(b)}</td></tr>`).join('');
  return `<table><thead><tr><th></th><th scope="col">A</th><th scope="col">B</th></tr></thead><tbody>${body}</tbody></table>`;
}

function countsTable(d: DocDiff): string {
  const head = SENTENCE_STATUSES.map((s) => `<th scope="col">${s}</th>`).join('');
  const line = (name: string, c: Record<string, number>) => `<tr><th scope="row">${name}</th>${SENTENCE_STATUSES.map((s) => `<td class="n">${c[s]}</td>`).join('')}</tr>`;
  return `<table><thead><tr><th></th>${head}</tr></thead><tbody>${line('Sentences', d.counts.sentences)}${line('Paragraphs', d.counts.paragraphs)}</tbody></table>`;
}

function evidence(tag: string, s: FactSide | null): string {
  if (!s) return '';
  return `<blockquote><span class="where">${tag} @${s.start}–${s.end}</span> “${esc(s.text)}” — ${esc(s.sentence)}</blockquote>`;
}

function fact(f: FactChange): string {
  const { before, after } = factValues(f);
  const value = f.status === 'changed' ? `<del>${esc(before)}</del> → <ins>${esc(after)}</ins>` : f.status === 'added' ? `<ins>${esc(after)}</ins>` : `<del>${esc(before)}</del>`;
  const detail = f.detail ? ` <span class="muted">(${esc(f.detail)})</span>` : '';
  return `<li><span class="status status-${f.status}">${f.status}</span>${esc(f.kind)} · ${esc(f.label)}: ${value}${detail}${evidence('A', f.before)}${evidence('B', f.after)}</li>`;
}

function sentence(s: SentenceChange): string {
  const loc = s.a && s.b ? `A ${where(s.a)} → B ${where(s.b)}` : s.a ? `A ${where(s.a)}` : `B ${where(s.b!)}`;
  let body: string;
  if (s.parts) body = renderParts(s.parts, esc, (t) => `<del>${esc(t)}</del>`, (t) => `<ins>${esc(t)}</ins>`, ' ');
  else if (s.status === 'added') body = `<ins>${esc(s.b!.text)}</ins>`;
  else if (s.status === 'removed') body = `<del>${esc(s.a!.text)}</del>`;
  else body = esc((s.b ?? s.a)!.text);
  const moved = s.status === 'edited' && s.moved ? ' <span class="muted">(moved)</span>' : '';
  return `<li><span class="status status-${s.status}">${s.status}</span>${moved} <span class="where">${esc(loc)}</span><div>${body}</div></li>`;
}
