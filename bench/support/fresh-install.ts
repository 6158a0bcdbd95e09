// A fresh installation as a person gets it, through the CLI only: an empty data folder, the Odense
// plan with the synthetic demo registrations (`helhed seed --synthetic --demo`), a leader added with
// `helhed users add`, then `helhed serve` (the compiled bundle, its embedded PostgreSQL and its
// default logging) in a process of its own, the database vacuumed and analysed, and the leader
// signed in over HTTP.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { openSync } from 'node:fs';
import { chmod, copyFile, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { connectionStringOf, layoutOf } from '../../packages/server/src/platform/db/embedded-layout.ts';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../../..');
const CLI = path.join(ROOT, 'packages/cli/bin/helhed.js');
const EMAIL = 'leder@bench.helhed';
const PASSWORD = 'bench-leder-adgangskode-2026';
/** The last run's server output, kept when its data folder goes. */
export const LAST_LOG = path.join(os.tmpdir(), 'helhed-bench-read-serve.log');

export interface FreshInstall {
  base: string;
  /** The leader's session cookie, "name=value". */
  cookie: string;
  /** The server's own output (its request log among it); copied to LAST_LOG when it stops. */
  logFile: string;
  /** HELHED_DATA_DIR: the embedded PostgreSQL's cluster and socket live here. */
  dataDir: string;
  stop(): Promise<void>;
}

export interface FreshInstallOptions {
  residents: number;
  /** Extra arguments for the server's node, e.g. --cpu-prof. */
  nodeArgs?: string[];
  /** Extra environment for the server only (LOG_LEVEL, …). */
  serverEnv?: Record<string, string>;
  say?: (line: string) => void;
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function cli(args: string[], env: Record<string, string>, input?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.stdin.end(input ?? '');
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`helhed ${args.join(' ')} exited ${code}:\n${output}`)),
    );
  });
}

async function waitForHealth(url: string, server: ChildProcess, logFile: string): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (server.exitCode !== null) throw new Error(`helhed serve exited ${server.exitCode}; see ${logFile}`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    if (Date.now() - started > 180_000) throw new Error(`no answer from ${url}; see ${logFile}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function startFreshInstall(options: FreshInstallOptions): Promise<FreshInstall> {
  const say = options.say ?? (() => undefined);
  spawnSync(process.execPath, [CLI, '--help']); // builds the compiled CLI if its sources changed
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'helhed-bench-read-'));
  await chmod(dataDir, 0o755);
  const env = { HELHED_DATA_DIR: dataDir };
  let started = performance.now();
  await cli(['seed', '--synthetic', '--demo', '--residents', String(options.residents)], env);
  await cli(['users', 'add', '--email', EMAIL, '--role', 'leader', '--name', 'Bench leder'], env, PASSWORD);
  say(`fresh install, Odense plan + ${options.residents} synthetic residents: ${sec(started)} s`);

  const port = await freePort();
  const logFile = path.join(dataDir, 'serve.log');
  const log = openSync(logFile, 'a');
  started = performance.now();
  const server = spawn(process.execPath, [...(options.nodeArgs ?? []), CLI, 'serve'], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', ...options.serverEnv },
    stdio: ['ignore', log, log],
  });
  const exited = new Promise((resolve) => server.on('exit', resolve));
  // The server finishes the requests it holds before it stops; a slow route under load can hold
  // minutes of work. After 30 s it is killed, and `helhed migrate` on the same folder stops the
  // PostgreSQL it leaves behind (an orphan found through postmaster.pid) before the folder goes.
  const stop = async () => {
    if (server.exitCode === null) {
      server.kill('SIGTERM');
      const timer = setTimeout(() => server.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
      if (server.signalCode === 'SIGKILL') await cli(['migrate'], env);
    }
    await copyFile(logFile, LAST_LOG).catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForHealth(`${base}/api/health`, server, logFile);
    say(`helhed serve answering: ${sec(started)} s`);
    // The audited demo load leaves autovacuum and analyze work that would otherwise run during the
    // first route's measurement; do it now (as the cluster's superuser, over its socket).
    started = performance.now();
    const admin = new pg.Client({ connectionString: connectionStringOf(layoutOf(dataDir), 'helhed') });
    await admin.connect();
    await admin.query('vacuum analyze').finally(() => admin.end());
    say(`vacuum analyze: ${sec(started)} s`);
    const signIn = await fetch(`${base}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
    });
    if (signIn.status !== 200) throw new Error(`sign-in answered ${signIn.status}`);
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] as string;
    return { base, cookie, logFile, dataDir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

const sec = (since: number) => ((performance.now() - since) / 1000).toFixed(0);
