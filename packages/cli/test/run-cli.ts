import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(fileURLToPath(import.meta.url), '../../../..');
const CLI = path.join(REPO_ROOT, 'packages/cli/bin/helhed.js');

export interface CliResult {
  code: number | null;
  /** Standard output as text (JSON, CSV, messages). */
  stdout: string;
  /** Standard output as bytes (XLSX and PDF written to stdout). */
  stdoutBytes: Buffer;
  stderr: string;
  ms: number;
}

/** Runs `helhed ARGS` as a real child process, as a user would, with extra environment and stdin. */
export function helhed(args: string[], env: Record<string, string>, stdin = ''): Promise<CliResult> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
    });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('exit', (code) => {
      const stdoutBytes = Buffer.concat(out);
      resolve({ code, stdout: stdoutBytes.toString(), stdoutBytes, stderr, ms: Date.now() - started });
    });
    child.stdin.end(stdin);
  });
}
