// The package as a user meets it: the build that `npm ci` runs (prepare) yields an executable `recoupe` bin.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
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

test.run();
