import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { summariseProfile, type CpuProfile } from './profile-summary.ts';

const frame = (functionName: string, url = 'file:///app/extract/date.js', lineNumber = 9) => ({ functionName, url, lineNumber });

// root → run → tokenize; run → run (recursion); root → (idle); root → (garbage collector); run → emit (node:events) → parse
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)', ''), children: [2, 5, 6] },
    { id: 2, callFrame: frame('run'), children: [3, 4, 7] },
    { id: 3, callFrame: frame('tokenize', 'file:///app/extract/date-tokens.js', 65) },
    { id: 4, callFrame: frame('run'), children: [] },
    { id: 5, callFrame: frame('(idle)', '') },
    { id: 6, callFrame: frame('(garbage collector)', '') },
    { id: 7, callFrame: frame('emit', 'node:events', 470), children: [8] },
    { id: 8, callFrame: frame('parse', 'file:///app/ingest/html.js', 0) },
  ],
  // Microseconds per sample.
  samples: [3, 3, 4, 2, 5, 5, 5, 6, 8],
  timeDeltas: [1000, 1000, 1000, 1000, 2000, 2000, 2000, 500, 1500],
};

test('busy time leaves out idle samples; garbage collection is counted apart', () => {
  const p = summariseProfile(profile);
  assert.is(p.totalMs, 12);
  assert.is(p.busyMs, 6);
  assert.is(p.gcMs, 0.5);
});

test('self time per function, V8 pseudo-frames left out, files shortened to their folder and name', () => {
  const p = summariseProfile(profile);
  assert.equal(p.self, [
    ['run extract/date.js:10', 2],
    ['tokenize extract/date-tokens.js:66', 2],
    ['parse ingest/html.js:1', 1.5],
  ]);
});

test('inclusive time counts a recursive function once per sample and skips node-internal wrappers', () => {
  const p = summariseProfile(profile);
  assert.equal(p.inclusive, [
    ['run extract/date.js:10', 5.5],
    ['tokenize extract/date-tokens.js:66', 2],
    ['parse ingest/html.js:1', 1.5],
  ]);
});

test('top limits both rankings', () => {
  const p = summariseProfile(profile, 1);
  assert.is(p.self.length, 1);
  assert.is(p.inclusive.length, 1);
});

test.run();
