// Reads rules/*.json, validates each against the rule schema, and fills the kind's default options.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { RecoupeError } from '../errors.ts';
import { relPath } from '../paths.ts';
import { describeErrors } from '../schema/describe.ts';
import { standaloneValidator } from '../schema/standalone.ts';
import { KINDS } from './kinds/index.ts';
import type { Rule } from './kind.ts';

/** The rule schema's validator, compiled ahead of time (src/schema/generated/; a test keeps it in sync with the kinds). */
function ruleValidator() {
  return standaloneValidator('rule');
}

/** Validates one parsed rule object; throws a RecoupeError naming the file and the JSON pointer. */
export function parseRule(raw: unknown, file: string): Rule {
  const v = ruleValidator();
  if (!v(raw)) {
    // Report the most specific error: the deepest pointer, skipping the "if/then" wrappers.
    const errors = (v.errors ?? []).filter((e) => e.keyword !== 'if');
    errors.sort((a, b) => b.instancePath.length - a.instancePath.length);
    const first = errors[0];
    const pointer = first?.instancePath || '/';
    throw new RecoupeError('E_RULE_SCHEMA', file, describeErrors(first ? [first] : []).join('; ') || 'invalid rule', pointer);
  }
  const r = raw as Omit<Rule, 'file' | 'options'> & { options?: Record<string, unknown> };
  const base = path.basename(file, '.json');
  if (r.id !== base) throw new RecoupeError('E_RULE_SCHEMA', file, `id "${r.id}" must equal the file name "${base}"`, '/id');
  const kind = KINDS[r.kind];
  if (!kind) throw new RecoupeError('E_RULE_KIND', file, `unknown kind "${r.kind}"`, '/kind');
  return { ...r, options: { ...kind.meta.defaultOptions, ...(r.options ?? {}) }, file };
}

/** Loads every rule file of a directory (or one file), sorted by id. Errors name files relative to `cwd`. */
export function loadRules(target: string, cwd = process.cwd()): Rule[] {
  const shown = (f: string) => relPath(f, cwd);
  let files: string[];
  try {
    const st = statSync(target);
    files = st.isDirectory()
      ? readdirSync(target)
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => path.join(target, f))
      : [target];
  } catch {
    throw new RecoupeError('E_RULE_READ', shown(target), 'rules path not found');
  }
  const rules = files.map((file) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new RecoupeError('E_RULE_READ', shown(file), 'cannot read rule file');
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      throw new RecoupeError('E_RULE_JSON', shown(file), `not valid JSON: ${(e as Error).message}`);
    }
    return parseRule(raw, shown(file));
  });
  if (rules.length === 0) throw new RecoupeError('E_RULE_READ', shown(target), 'no rule files (*.json) found');
  return rules.sort((a, b) => a.id.localeCompare(b.id));
}
