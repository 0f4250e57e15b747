// The Markdown report: summary tables, then the most pressing findings with their evidence quoted,
// cut to `maxChars` with a closing note on how many findings were left out.
import type { Finding, Lang, Report } from '../types.ts';
import { evidenceContext } from './html/context.ts';
import { fill, pickLang, strings, verdictRank, type Ui } from './i18n.ts';

export interface MarkdownOptions {
  lang?: Lang;
  /** Document id → original text, for the sentence around each piece of evidence. */
  sources?: Map<string, string>;
  /** Upper bound on the output length, in UTF-16 code units (default 60,000). */
  maxChars?: number;
}

export const DEFAULT_MAX_CHARS = 60_000;

/**
 * Escapes text for Markdown prose: backslash-escapes the punctuation that CommonMark/GFM give meaning to
 * (emphasis, links, code, raw HTML, tables, headings, strikethrough, entities) and flattens line breaks,
 * so article text can neither inject HTML nor break a table row or a blockquote.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[\\`*_{}[\]<>()#+!|~&]/g, '\\$&')
    .replace(/^(\s*)([-=])/, '$1\\$2')
    .replace(/^(\s*)(\d+)([.)])/, '$1$2\\$3');
}

/** Report ordering: contradictions first, then divergences, then the rest; stable within a verdict. */
function byPriority(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => verdictRank(a.f.verdict) - verdictRank(b.f.verdict) || a.i - b.i)
    .map(({ f }) => f);
}

export function formatMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const ui = strings(pickLang(report, options.lang));
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const outlet = new Map(report.documents.map((d) => [d.id, d.outlet?.trim() || d.id]));
  const claims = new Map((report.claims ?? []).map((c) => [c.id, c]));
  const status = new Map<string, string>();
  for (const id of report.baseline?.new ?? []) status.set(id, ui.baselineNew);
  for (const id of report.baseline?.present ?? []) status.set(id, ui.baselinePresent);

  const head = header(report, ui);
  const findings = byPriority(report.findings);
  let out = head;
  let shown = 0;
  for (const [n, f] of findings.entries()) {
    const block = findingBlock(f, n + 1, ui, outlet, claims, status, options.sources);
    const rest = findings.length - n - 1;
    // Keep room for the closing note whenever findings would remain after this one.
    const reserve = rest > 0 ? note(rest, maxChars, ui).length : 0;
    if (out.length + block.length + reserve > maxChars) break;
    out += block;
    shown++;
  }
  if (shown < findings.length) out += note(findings.length - shown, maxChars, ui);
  return out;
}

function note(cut: number, max: number, ui: Ui): string {
  return `\n---\n\n_${fill(ui.cut, { n: cut, max })}_\n`;
}

function table(head: string[], rows: string[][], align: string[]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |\n`;
  return line(head) + line(align) + rows.map(line).join('') + '\n';
}

function header(report: Report, ui: Ui): string {
  const s = report.summary;
  let out = `# ${escapeMarkdown(ui.title)}\n\n`;
  out += `${escapeMarkdown(`${report.tool.name} ${report.tool.version}`)} · ${s.documents} ${ui.documents} · ${s.claims} ${ui.claims} · ${s.events} ${ui.events.toLowerCase()} · ${s.findings} ${ui.findings.toLowerCase()}\n\n`;
  out += `## ${ui.summary}\n\n`;
  if (s.findings === 0) out += `${escapeMarkdown(ui.nothingCompared)}\n\n`;
  else {
    const verdicts = Object.entries(s.byVerdict).sort((a, b) => verdictRank(a[0]) - verdictRank(b[0]));
    out += table([ui.verdict, ui.count], verdicts.map(([v, n]) => [escapeMarkdown(ui.verdictLabel(v)), String(n)]), ['---', '---:']);
    const kinds = Object.entries(s.byKind).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    out += table([ui.kind, ui.count], kinds.map(([k, n]) => [escapeMarkdown(ui.kindLabel(k)), String(n)]), ['---', '---:']);
  }
  if (report.baseline) {
    const b = report.baseline;
    out += `**${ui.baseline}:** ${b.new.length} ${ui.baselineNew} · ${b.present.length} ${ui.baselinePresent} · ${b.fixed.length} ${ui.baselineFixed}\n\n`;
    if (b.fixed.length) out += `${ui.baselineFixed}: ${b.fixed.map(escapeMarkdown).join(', ')}\n\n`;
  }
  out += `## ${ui.sources}\n\n`;
  out += table(
    [ui.outlet, ui.titleCol, ui.date, ui.language, ui.source],
    report.documents.map((d) => [
      escapeMarkdown(d.outlet ?? ''),
      escapeMarkdown(d.title ?? ''),
      escapeMarkdown(d.published.value ?? ui.unknown),
      d.lang,
      escapeMarkdown(d.id),
    ]),
    ['---', '---', '---', '---', '---'],
  );
  if (report.copyGroups.length) {
    out += `**${ui.copyGroups}:** ${report.copyGroups.map((g) => g.map((id) => escapeMarkdown(id)).join(' + ')).join('; ')}\n\n`;
  }
  return out + `## ${ui.findings}\n\n`;
}

function findingBlock(
  f: Finding,
  n: number,
  ui: Ui,
  outlet: Map<string, string>,
  claims: Map<string, NonNullable<Report['claims']>[number]>,
  status: Map<string, string>,
  sources: Map<string, string> | undefined,
): string {
  let out = `### ${n}. ${escapeMarkdown(ui.verdictLabel(f.verdict))} — ${escapeMarkdown(ui.findingLabel(f))}\n\n`;
  out += `${escapeMarkdown(ui.findingMessage(f))}\n\n`;
  for (const v of f.values) {
    const name = escapeMarkdown(outlet.get(v.source) ?? v.source);
    const attribution = v.attribution ? ` — ${escapeMarkdown(v.attribution)}` : '';
    out += `- **${name}** (${escapeMarkdown(v.source)}): **${escapeMarkdown(v.display)}**${attribution}\n`;
    const ctx = evidenceContext(v.evidence, claims.get(v.claim), sources?.get(v.evidence.source));
    out += `  > ${quote(ctx.before, ctx.hit, ctx.after)}\n`;
  }
  out += '\n';
  if (f.pairs?.length) {
    const label = (id: string) => escapeMarkdown(outlet.get(id) ?? outlet.get(claims.get(id)?.doc ?? '') ?? id);
    out += `${ui.pairs}: ${f.pairs.map((p) => `${label(p.a)} ↔ ${label(p.b)}: ${escapeMarkdown(ui.verdictLabel(p.verdict))}`).join('; ')}\n\n`;
  }
  const meta = [`${ui.rule} ${escapeMarkdown(f.rule)}`, escapeMarkdown(ui.levelLabel(f.level)), escapeMarkdown(f.id)];
  const st = status.get(f.id);
  if (st) meta.push(`**${st}**`);
  return out + `${meta.join(' · ')}\n\n`;
}

/** The sentence with the evidence in bold; spaces stay outside the ** so the emphasis renders. */
function quote(before: string, hit: string, after: string): string {
  const lead = /^\s*/.exec(hit)![0];
  const trail = hit.slice(hit.trimEnd().length); // not /\s*$/: quadratic on inner runs of blanks
  const core = hit.trim();
  const bold = core ? `**${escapeMarkdown(core)}**` : '';
  return `${escapeMarkdown(before + lead)}${bold}${escapeMarkdown(trail + after)}`.trim();
}
