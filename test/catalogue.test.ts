// Catalogue tests keep the rule set honest: kinds, tests, docs, rule files and the generated schema agree.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { KINDS } from '../src/compare/kinds/index.ts';
import { loadRules, parseRule } from '../src/compare/load-rules.ts';
import { buildRuleSchema } from '../src/compare/rule-schema.ts';
import { RecoupeError } from '../src/errors.ts';
import { packagePath } from '../src/paths.ts';
import { generatedPath } from '../src/schema/standalone.ts';
import { STANDALONE, standaloneSource } from '../src/schema/standalone-build.ts';

const readme = readFileSync(packagePath('rules', 'README.md'), 'utf8');

for (const name of Object.keys(KINDS)) {
  test(`kind ${name}: has a test file, a README section and messages`, () => {
    assert.ok(existsSync(packagePath('test', 'compare', `${name}.test.ts`)), `test/compare/${name}.test.ts is missing`);
    assert.ok(readme.includes(`### ${name}\n`), `rules/README.md has no "### ${name}" section`);
    assert.is(KINDS[name]!.meta.name, name);
    assert.ok(Object.keys(KINDS[name]!.meta.messages).length > 0);
  });
}

test('every rule file validates, names a real kind, and its id is its file name', () => {
  const rules = loadRules(packagePath('rules'));
  const files = readdirSync(packagePath('rules')).filter((f) => f.endsWith('.json'));
  assert.is(rules.length, files.length);
  for (const r of rules) assert.ok(r.kind in KINDS, `${r.id}: unknown kind ${r.kind}`);
});

test('the committed rule.schema.json is the one built from the kinds (run `npm run schema`)', () => {
  const committed = JSON.parse(readFileSync(packagePath('src', 'schema', 'rule.schema.json'), 'utf8'));
  assert.equal(committed, buildRuleSchema());
});

test('the ahead-of-time validators match their schemas (run `npm run schema`)', () => {
  for (const name of Object.keys(STANDALONE)) assert.is(readFileSync(generatedPath(name), 'utf8'), standaloneSource(name), name);
});

test('a rule with a wrong field type names the file and the JSON pointer', () => {
  try {
    parseRule({ id: 'bad', kind: 'interval', description: 'x', appliesTo: ['duration'], level: 'error', options: { tolerance: 'loose' } }, 'rules/bad.json');
    assert.unreachable('should have thrown');
  } catch (e) {
    assert.instance(e, RecoupeError);
    assert.match((e as Error).message, /^rules\/bad\.json:\/options\/tolerance: .*must be number \(E_RULE_SCHEMA\)$/);
  }
});

test('a rule naming an unknown kind or the wrong claim kind is refused', () => {
  assert.throws(() => parseRule({ id: 'x', kind: 'vibes', description: 'x', appliesTo: ['duration'], level: 'error' }, 'x.json'), /\/kind/);
  assert.throws(() => parseRule({ id: 'x', kind: 'quote', description: 'x', appliesTo: ['duration'], level: 'error' }, 'x.json'), /appliesTo/);
});

test.run();
