// ReDoS audit: every regular expression in src/ (literals, new RegExp('literal'), and the ones built from
// lexicons at load time) goes through recheck, which proves a regex linear or finds an attack string.
// A flagged regex fails the test with its file and the attack; rewrite it (see src/text/trim.ts for the usual fix).
import { checkSync } from 'recheck';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { COUNTER_FAMILIES } from '../../src/extract/counters.ts';
import { BOILERPLATE_CUE, TRAILING_LINKS } from '../../src/ingest/clean.ts';
import { labelWordPatterns } from '../../src/report/messages.ts';
import { ROOT } from './helpers/fuzz.ts';
import { collectRegexes, type FoundRegex } from './helpers/regexes.ts';

/** Regexes src/ builds at run time from data, rebuilt or imported here so that they are audited too. */
function runtimeRegexes(): FoundRegex[] {
  const out: FoundRegex[] = TRAILING_LINKS.map((re) => ({ file: 'src/ingest/clean.ts (TRAILING_LINKS)', source: re.source, flags: re.flags, origin: 'constructor' as const }));
  out.push({ file: 'src/ingest/clean.ts (BOILERPLATE_CUE)', source: BOILERPLATE_CUE.source, flags: BOILERPLATE_CUE.flags, origin: 'constructor' });
  for (const re of labelWordPatterns()) out.push({ file: 'src/report/messages.ts (French label words)', source: re.source, flags: re.flags, origin: 'constructor' });
  for (const [family, re] of COUNTER_FAMILIES) out.push({ file: `src/extract/counters.ts (COUNTER_FAMILIES ${family})`, source: re.source, flags: re.flags, origin: 'constructor' });
  return out;
}

test('every regular expression in src/ is linear (recheck)', () => {
  const found = collectRegexes(ROOT);
  const dynamic = found.filter((r) => r.origin === 'dynamic');
  const audited = [...found.filter((r) => r.origin !== 'dynamic'), ...runtimeRegexes()];
  const flagged: string[] = [];
  for (const r of audited) {
    const d = checkSync(r.source, r.flags, { randomSeed: 42, timeout: 20_000 });
    if (d.status !== 'safe') {
      const why = d.status === 'vulnerable' ? `${d.complexity.summary}, attack ${d.attack.pattern}` : `${d.status}: ${d.status === 'unknown' ? d.error.kind : ''}`;
      flagged.push(`${r.file}: /${r.source}/${r.flags} — ${why}`);
    }
  }
  console.log(`  regex audit: ${audited.length} audited (${found.length - dynamic.length} written in src/, ${audited.length - found.length + dynamic.length} built from lexicons), ${dynamic.length} computed in code, ${flagged.length} flagged`);
  // Every computed pattern must be one of the lexicon-built ones audited above: a new one needs adding here.
  // (clean.ts builds two: TRAILING_LINKS and BOILERPLATE_CUE.)
  assert.equal(dynamic.map((r) => r.file).sort(), ['src/extract/counters.ts', 'src/ingest/clean.ts', 'src/ingest/clean.ts', 'src/report/messages.ts']);
  assert.ok(audited.length > 200, `only ${audited.length} regexes found: is the collector broken?`);
  assert.equal(flagged, [], flagged.join('\n'));
});

test('the collector finds literals and constructors, not look-alikes in strings or comments', () => {
  const found = collectRegexes(ROOT).filter((r) => r.file === 'src/ingest/clean.ts');
  assert.ok(found.some((r) => r.origin === 'dynamic'));
  assert.ok(found.every((r) => r.origin === 'dynamic' || r.source.length > 0));
});

test.run();
