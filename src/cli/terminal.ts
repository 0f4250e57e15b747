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

/**
 * A progress bar on stderr for runs that last more than about a second, only on a terminal and never in CI
 * (the CI variable) or with --quiet. `update` is called as documents are analysed; `done` clears the line.
 */
export function progressBar(io: CliIo, quiet: boolean): { update: (done: number, total: number) => void; done: () => void } {
  const enabled = io.isTTY && !quiet && !io.env.CI;
  const started = Date.now();
  let shown = false;
  return {
    update(done, total) {
      if (!enabled || Date.now() - started < 1000) return;
      shown = true;
      const width = 30;
      const filled = Math.round((done / Math.max(1, total)) * width);
      io.stderr(`\r${paint(io, 'dim', 'extracting')} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`);
    },
    done() {
      if (shown) io.stderr('\r\u001b[2K');
    },
  };
}
