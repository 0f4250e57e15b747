// Collects every regular expression written in src/: regex literals and `new RegExp("literal")` calls, found by
// parsing (esbuild strips the types, acorn parses the JavaScript), so that a regex inside a string or a comment
// is never mistaken for one and none is missed by a grep.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type Node } from 'acorn';
import { transformSync } from 'esbuild';

export interface FoundRegex {
  /** Repository-relative file. */
  file: string;
  source: string;
  flags: string;
  /** 'literal' for /…/, 'constructor' for new RegExp('…'), 'dynamic' when the pattern is computed (not audited statically). */
  origin: 'literal' | 'constructor' | 'dynamic';
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return tsFiles(full);
      return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [full] : [];
    });
}

/** Walks any acorn node tree without a dependency on acorn-walk. */
function walk(node: unknown, visit: (n: Node & Record<string, unknown>) => void): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) walk(n, visit);
    return;
  }
  const n = node as Node & Record<string, unknown>;
  if (typeof n.type === 'string') visit(n);
  for (const key of Object.keys(n)) if (key !== 'loc' && key !== 'start' && key !== 'end') walk(n[key], visit);
}

function staticString(arg: Record<string, unknown> | undefined): string | null {
  if (!arg) return null;
  if (arg.type === 'Literal' && typeof arg.value === 'string') return arg.value;
  if (arg.type === 'TemplateLiteral' && (arg.expressions as unknown[]).length === 0) {
    return ((arg.quasis as { value: { cooked: string } }[])[0]?.value.cooked) ?? '';
  }
  return null;
}

export function collectRegexes(root: string): FoundRegex[] {
  const out: FoundRegex[] = [];
  for (const abs of tsFiles(path.join(root, 'src'))) {
    const file = path.relative(root, abs).split(path.sep).join('/');
    // target esnext: esbuild then keeps every regex literal as written (no lowering of flags such as /v or /s).
    const js = transformSync(readFileSync(abs, 'utf8'), { loader: 'ts', format: 'esm', target: 'esnext' }).code;
    const ast = parse(js, { ecmaVersion: 'latest', sourceType: 'module' });
    walk(ast, (n) => {
      const regex = n.regex as { pattern: string; flags: string } | undefined;
      if (n.type === 'Literal' && regex) out.push({ file, source: regex.pattern, flags: regex.flags, origin: 'literal' });
      if ((n.type === 'NewExpression' || n.type === 'CallExpression') && (n.callee as Record<string, unknown>).type === 'Identifier' && (n.callee as { name: string }).name === 'RegExp') {
        const args = n.arguments as Record<string, unknown>[];
        const source = staticString(args[0]);
        const flags = staticString(args[1]) ?? '';
        out.push(source === null ? { file, source: '', flags, origin: 'dynamic' } : { file, source, flags, origin: 'constructor' });
      }
    });
  }
  return out;
}
