import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { escapeData, escapeProperty, formatGithub, MAX_PER_LEVEL } from '../../src/report/github.ts';
import { hostileFixture, largeFixture, mainFixture } from './fixtures.ts';

test('escaping follows the workflow-command rules', () => {
  assert.is(escapeData('100% sure\r\nnext'), '100%25 sure%0D%0Anext');
  assert.is(escapeProperty('a:b,c%d\ne'), 'a%3Ab%2Cc%25d%0Ae');
  // Data keeps ':' and ',' as they are.
  assert.is(escapeData('a: b, c'), 'a: b, c');
});

test('one annotation per finding, level from finding.level, positions from the original', () => {
  const { report, sources } = mainFixture();
  const lines = formatGithub(report, { sources }).trimEnd().split('\n');
  assert.is(lines.length, 3);
  assert.match(lines[0]!, /^::error file=sources\/lemonde\.txt,line=3,col=\d+,endLine=3,endColumn=\d+,title=recoupe contradiction%3A Durée de la rencontre Blinken–Qin::Les sources/);
  assert.match(lines[1]!, /^::warning file=sources\/lemonde\.txt,/);
  assert.match(lines[2]!, /^::notice file=sources\/lemonde\.txt,/);
  // The values follow the message on an escaped new line.
  assert.ok(lines[0]!.includes('%0ALe Monde: 7.5 h; Reuters: > 5 h; AFP: ≈ 6 h'));
  const noPos = formatGithub(report).split('\n')[0]!;
  assert.match(noPos, /^::error file=sources\/lemonde\.txt,title=/);
});

test('hostile text cannot add a command or a property', () => {
  const { report, sources } = hostileFixture();
  const out = formatGithub(report, { sources });
  const lines = out.trimEnd().split('\n');
  assert.is(lines.length, 2);
  for (const line of lines) {
    assert.match(line, /^::(error|warning|notice) /);
    const [props, ...message] = line.slice(line.indexOf(' ') + 1).split('::');
    assert.is(message.length, 1, 'one :: separator');
    for (const prop of props!.split(',')) assert.match(prop, /^(file|line|col|endLine|endColumn|title)=[^:,\r\n]*$/);
    assert.not.match(message[0]!, /[\r\n]/);
  }
  assert.ok(out.includes('ligne 2, avec: deux-points %25 pourcent%0D'));
});

test('at most 10 annotations per level, then one summary line', () => {
  const { report, sources } = largeFixture(200);
  const lines = formatGithub(report, { sources }).trimEnd().split('\n');
  const count = (c: string) => lines.filter((l) => l.startsWith(`::${c} `)).length;
  assert.is(count('error'), MAX_PER_LEVEL);
  assert.is(count('warning'), MAX_PER_LEVEL);
  assert.is(count('notice'), MAX_PER_LEVEL);
  const errors = report.findings.filter((f) => f.level === 'error').length;
  const warnings = report.findings.filter((f) => f.level === 'warning').length;
  const notices = report.findings.length - errors - warnings;
  assert.is(
    lines.at(-1),
    `recoupe: ${errors - 10} errors, ${warnings - 10} warnings, ${notices - 10} notices not shown as annotations (at most 10 per level); see the full report.`,
  );
  assert.is(lines.length, 31);
});

test('an empty report prints nothing', () => {
  const { report } = mainFixture();
  report.findings = [];
  assert.is(formatGithub(report), '');
});

test.run();
