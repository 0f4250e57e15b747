#!/usr/bin/env node
// The executable: runs the CLI and sets the exit code. Nothing else touches `process` here.
import { runCli } from './cli.ts';

process.exitCode = await runCli(process.argv.slice(2));
