// Terminal output: a short summary line, coloured only on a TTY without NO_COLOR.
import type { CliIo } from '../cli.ts';
import type { Finding, Report } from '../types.ts';

const COLORS = { red: 31, yellow: 33, green: 32, dim: 2 } as const;

export function useColor(io: CliIo): boolean {
  return io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
}

function paint(io: CliIo, color: keyof typeof COLORS, s: string): string {
  return useColor(io) ? `\u001b[${COLORS[color]}m${s}\u001b[0m` : s;
}

export function summaryLine(report: Report, written: string[], counted: Finding[], io: CliIo): string {
  const n = (v: string) => counted.filter((f) => f.verdict === v).length;
  const c = n('contradiction');
  const d = n('divergence');
  const parts = [
    `${report.summary.documents} documents`,
    `${report.summary.claims} claims`,
    `${report.summary.events} events`,
    paint(io, c ? 'red' : 'green', `${c} contradiction${c === 1 ? '' : 's'}`),
    paint(io, d ? 'yellow' : 'green', `${d} divergence${d === 1 ? '' : 's'}`),
    `${n('corroboration')} corroborations`,
  ];
  const base = report.baseline ? ` (baseline: ${report.baseline.new.length} new, ${report.baseline.present.length} accepted, ${report.baseline.fixed.length} fixed)` : '';
  return `recoupe: ${parts.join(', ')}${base}${written.length ? ` → ${written.join(', ')}` : ''}`;
}
