// GitHub Actions workflow commands: one ::error/::warning/::notice line per finding, at most 10 per level
// (GitHub shows no more than that per step), then one plain line counting what was left out.
import type { DocumentSummary, Finding, Report, Severity } from '../types.ts';
import { positionFinder } from './sarif.ts';

export interface GithubOptions {
  /** Document id → original text: needed for line/column positions. */
  sources?: Map<string, string>;
  lang?: 'en' | 'fr';
  maxChars?: number;
}

type Command = 'error' | 'warning' | 'notice';
const COMMAND: Record<Severity, Command> = { error: 'error', warning: 'warning', info: 'notice' };
export const MAX_PER_LEVEL = 10;

/** Escapes a command's message (the data after `::`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value (file=, title=…): as data, plus `:` and `,` which delimit properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(report: Report, options: GithubOptions = {}): string {
  const docs = new Map<string, DocumentSummary>(report.documents.map((d) => [d.id, d]));
  const finders = new Map<string, ReturnType<typeof positionFinder>>();
  const shown: Record<Command, number> = { error: 0, warning: 0, notice: 0 };
  const hidden: Record<Command, number> = { error: 0, warning: 0, notice: 0 };
  const lines: string[] = [];
  for (const f of report.findings) {
    const command = COMMAND[f.level] ?? 'notice';
    if (shown[command] >= MAX_PER_LEVEL) {
      hidden[command]++;
      continue;
    }
    shown[command]++;
    lines.push(annotation(f, command, docs, options.sources, finders));
  }
  const left = (['error', 'warning', 'notice'] as const).filter((c) => hidden[c] > 0);
  if (left.length) {
    const parts = left.map((c) => `${hidden[c]} ${c}${hidden[c] > 1 ? 's' : ''}`);
    lines.push(`recoupe: ${parts.join(', ')} not shown as annotations (at most ${MAX_PER_LEVEL} per level); see the full report.`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

function annotation(
  f: Finding,
  command: Command,
  docs: Map<string, DocumentSummary>,
  sources: Map<string, string> | undefined,
  finders: Map<string, ReturnType<typeof positionFinder>>,
): string {
  const outlet = (id: string) => docs.get(id)?.outlet?.trim() || id;
  const ev = f.values[0]?.evidence ?? f.evidence[0];
  const props: string[] = [];
  if (ev) {
    props.push(`file=${escapeProperty(docs.get(ev.source)?.path ?? ev.source)}`);
    const text = sources?.get(ev.source);
    if (text !== undefined && ev.start >= 0 && ev.start <= ev.end && ev.end <= text.length) {
      let at = finders.get(ev.source);
      if (!at) finders.set(ev.source, (at = positionFinder(text)));
      const a = at(ev.start);
      const b = at(ev.end);
      props.push(`line=${a.line}`, `col=${a.column}`, `endLine=${b.line}`, `endColumn=${b.column}`);
    }
  }
  props.push(`title=${escapeProperty(`recoupe ${f.verdict}: ${f.subject.label}`)}`);
  const values = f.values.map((v) => `${outlet(v.source)}: ${v.display}`).join('; ');
  const message = values ? `${f.message}\n${values}` : f.message;
  return `::${command} ${props.join(',')}::${escapeData(message)}`;
}
