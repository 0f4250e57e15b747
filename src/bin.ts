#!/usr/bin/env -S node --max-semi-space-size=64
// The executable: runs the CLI and sets the exit code. Nothing else touches `process` here.
// The first line gives node a 64 MB young generation (V8's default is 16 MB): the main thread keeps most of what it
// allocates (every analysis it receives, then claims and findings), and with the small default each object was
// copied by scavenges that grow with the heap: 50 s of the 100,000-article run, 19 s with 64 MB (185 → 161 s),
// 10,000 articles 15.5 → 14.9 s. It can only be set when node starts, hence the line rather than the code below.
import { setFlagsFromString } from 'node:v8';
import { runCli } from './cli.ts';

// Each extraction worker compiles the extractors for itself, and on two cores TurboFan's background compiles took
// about a third of a run's CPU: inlining whole call trees into the large extraction functions made each compile
// long, and each deoptimisation threw it away. A smaller inlining budget makes compiles short; the steady-state
// speed is the same within noise (2,000 one-event articles: 4.8 → 4.5 s; 10,000: 16.1 → 15.4 s). A budget the user
// set (NODE_OPTIONS or node flags) wins.
const userSet = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((f) => f.includes('inlined-bytecode'));
if (!userSet) setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');

// A reader that stops early (`recoupe extract | head`) closes the pipe. What is left to print has nowhere to go, which
// is no error of the run: it completes, writes its files and sets its exit code, and the output is dropped.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') throw err;
});

process.exitCode = await runCli(process.argv.slice(2));
