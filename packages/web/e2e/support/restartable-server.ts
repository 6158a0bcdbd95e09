import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './app-server.ts';

/**
 * `helhed serve` on one data folder and port that can be stopped and started again, so a browser
 * test can restart the app in the middle of a flow (its session lives in the database). It serves a
 * private copy of packages/web/dist, which other test runs' rebuilds cannot replace underneath it.
 */
export interface RestartableServer {
  baseUrl: string;
  email: string;
  password: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  dispose(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

export async function startRestartableServer(env: Record<string, string>): Promise<RestartableServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'helhed-e2e-alerting-'));
  chmodSync(dataDir, 0o755);
  const webDist = mkdtempSync(path.join(tmpdir(), 'helhed-web-'));
  cpSync(path.join(REPO_ROOT, 'packages/web/dist'), webDist, { recursive: true });
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  let log = '';

  async function start(): Promise<void> {
    const started = spawn(process.execPath, ['packages/cli/bin/helhed.js', 'serve'], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env, HELHED_DATA_DIR: dataDir, HELHED_WEB_DIST: webDist, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    exited = new Promise<void>((resolve) => started.once('exit', () => resolve()));
    started.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      log += chunk;
    });
    started.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      log += chunk;
    });
    const deadline = Date.now() + 180_000;
    for (;;) {
      const ok = await fetch(`${baseUrl}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      if (started.exitCode !== null || Date.now() > deadline) {
        throw new Error(`helhed serve did not become healthy:\n${log}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  async function stop(): Promise<void> {
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    child = null;
  }

  await start();
  const email = /E-mail:\s+(\S+@\S+)/.exec(log)?.[1];
  const password = /Adgangskode:\s+(\S+)/.exec(log)?.[1];
  if (!email || !password) throw new Error(`no first-admin block:\n${log}`);
  return {
    baseUrl,
    email,
    password,
    stop,
    start,
    dispose: async () => {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(webDist, { recursive: true, force: true });
    },
  };
}
