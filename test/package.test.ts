// The package as a user meets it: the build that `npm ci` runs (prepare) yields an executable `recoupe` bin.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { packagePath, readPackageJson } from '../src/paths.ts';

test('the build produces the bin named in package.json, executable, answering --version', () => {
  const pkg = readPackageJson<{ version: string; bin: Record<string, string>; scripts: Record<string, string> }>('package.json');
  assert.is(pkg.scripts.prepare, pkg.scripts.build, 'npm ci builds the same way as npm run build');
  const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: packagePath(), encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
  const bin = packagePath(pkg.bin.recoupe!);
  assert.ok((statSync(bin).mode & 0o111) !== 0, `${pkg.bin.recoupe} is not executable`);
  assert.is(execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim(), pkg.version);
  // Run directly (as npx does), node gets the young generation large runs need, set by the first line.
  assert.match(readFileSync(bin, 'utf8').split('\n')[0]!, /^#!\/usr\/bin\/env -S node --max-semi-space-size=64$/);
});

test('the published package holds every file the code reads from the package at run time', () => {
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: packagePath(), encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
  const packed = new Set((JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path));
  // Every packagePath()/readPackageJson() call of src/: its leading string arguments name a file, or (when the
  // rest is computed) a folder that must hold some packed file.
  const missing: string[] = [];
  // src/eval/ is the repository's own scoring script (npm run eval): it reads the workspace, not the package.
  const sources = readdirSync(packagePath('src'), { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && e.name.endsWith('.ts') && !path.join(e.parentPath, e.name).startsWith(packagePath('src', 'eval')),
  );
  let calls = 0;
  for (const e of sources) {
    const file = path.join(e.parentPath, e.name);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/\b(?:packagePath|readPackageJson(?:<[^>]*>)?)\(((?:\s*'[^']*'\s*,?)+)([^)]*)\)/g)) {
      const parts = [...m[1]!.matchAll(/'([^']*)'/g)].map((x) => x[1]!);
      const whole = m[2]!.trim() === '';
      const target = parts.join('/');
      calls++;
      const ok = whole ? packed.has(target) || [...packed].some((f) => f.startsWith(`${target}/`)) : [...packed].some((f) => f.startsWith(`${target}/`));
      if (!ok) missing.push(`${path.relative(packagePath(), file)}: ${target}`);
    }
  }
  assert.ok(calls >= 15, `only ${calls} calls found: is the pattern broken?`);
  assert.equal(missing, []);
});

test.run();
