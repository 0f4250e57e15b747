// Runs the CLI in-process with captured output, in a given working directory.
import { runCli, type CliIo } from '../../src/cli.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(argv: string[], cwd: string, env: Record<string, string> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), cwd, isTTY: false, env: { NO_COLOR: '1', ...env } };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}
