// The Markdown table of a bench run (reports/bench.md, and the README's copy).
interface Row {
  name: string;
  articles: number;
  mb: number;
  wallS: number;
  maxRssMB: number;
  stages: Record<string, number> | null;
  ok: boolean;
  note?: string;
  runs?: number[];
}

const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 2 : 1) : '–');
const sec = (ms: number | undefined) => (ms === undefined ? '–' : (ms / 1000).toFixed(2));

export function table(r: {
  machine: { cpu: string; cores: number; node: string };
  rows: Record<string, unknown>[];
  determinism: { articles: number; identical: boolean };
  extraction: { mbPerS: number; warmMbPerS: number; mb: number; articles: number };
  adversarial: Record<string, Record<string, number | string>>;
}): string {
  const rows = r.rows as unknown as Row[];
  const lines = [
    `Machine: ${r.machine.cpu}, ${r.machine.cores} cores, Node ${r.machine.node}.`,
    '',
    '| corpus | MB | runs | wall s (median) | articles/s | MB/s | peak RSS MB | rules | ingest | extract | align (copies) | compare | report |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const x of rows) {
    const s = x.stages ?? {};
    const wall = x.ok ? f1(x.wallS) : `not completed (${x.note ?? 'failed'})`;
    lines.push(
      `| ${x.name} | ${f1(x.mb)} | ${x.runs?.length ?? 1} | ${wall} | ${x.ok ? f1(x.articles / x.wallS) : '–'} | ${x.ok ? f1(x.mb / x.wallS) : '–'} | ${x.ok ? f1(x.maxRssMB) : '–'} | ${sec(s.rules)} | ${sec(s.ingest)} | ${sec(s.extract)} | ${sec(s.align)} (${sec(s.copies)}) | ${sec(s.compare)} | ${sec(s.report)} |`,
    );
  }
  const big = rows.find((x) => x.articles === 100000);
  const ten = rows.find((x) => x.articles === 10000);
  lines.push('');
  if (big?.ok && ten?.ok) lines.push(`10k → 100k time ratio: ${(big.wallS / ten.wallS).toFixed(1)}×.`);
  lines.push(
    `Extraction alone, one core (${r.extraction.articles} articles, ${r.extraction.mb.toFixed(1)} MB): ${r.extraction.mbPerS.toFixed(2)} MB/s on a first pass ` +
      `(JIT still compiling), ${r.extraction.warmMbPerS.toFixed(2)} MB/s on a second pass over fresh documents.`,
  );
  lines.push(`Determinism: two runs on ${r.determinism.articles} articles give ${r.determinism.identical ? 'byte-identical' : 'DIFFERENT (or incomplete)'} report.json.`);
  lines.push('', 'Adversarial 1 MB inputs, seconds per step (each must stay < 1 s):', '');
  const steps = [...new Set(Object.values(r.adversarial).flatMap((v) => Object.keys(v)))];
  lines.push(`| input | ${steps.join(' | ')} |`, `|---|${steps.map(() => '---:').join('|')}|`);
  for (const [name, v] of Object.entries(r.adversarial)) lines.push(`| ${name} | ${steps.map((k) => String(v[k] ?? '–')).join(' | ')} |`);
  return `${lines.join('\n')}\n`;
}
