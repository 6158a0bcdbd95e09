import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabaseKind } from '../../../server/test/test-databases.ts';

export const REPO_ROOT = path.resolve(fileURLToPath(import.meta.url), '../../../../..');

export type AppServer = {
  baseUrl: string;
  email: string;
  password: string;
  output: () => string;
  stop: () => Promise<void>;
};

/** A port nobody listens on now (a test may need the app's address before it starts). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/** Resolves with the first-admin credentials once the CLI has printed its sign-in block. */
function waitForFirstAdmin(child: ChildProcess, output: () => string, timeoutMs: number) {
  return new Promise<{ email: string; password: string }>((resolve, reject) => {
    const timer = setTimeout(
      () => finish(new Error(`No first-admin block within ${timeoutMs} ms`)),
      timeoutMs,
    );
    function check() {
      const email = /E-mail:\s+(\S+@\S+)/.exec(output())?.[1];
      const password = /Adgangskode:\s+(\S+)/.exec(output())?.[1];
      if (email && password) finish(null, { email, password });
    }
    function onExit(code: number | null) {
      finish(new Error(`helhed serve exited with ${code} before printing the first admin`));
    }
    function finish(error: Error | null, value?: { email: string; password: string }) {
      clearTimeout(timer);
      child.stdout?.off('data', check);
      child.off('exit', onExit);
      if (error) reject(new Error(`${error.message}\n--- output ---\n${output()}`));
      else if (value) resolve(value);
    }
    child.stdout?.on('data', check);
    child.on('exit', onExit);
    check();
  });
}

async function waitForHealth(baseUrl: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      const body = (await response.json()) as { status?: string };
      if (response.ok && body.status === 'ok') return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${baseUrl}/api/health did not answer ok`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Starts `helhed serve` on a free port: a fresh install on its own data directory, or on `databaseUrl`
 * (one role), or with `env`'s DATABASE_URL and HELHED_MIGRATION_URL (a runtime and an owner role).
 */
export async function startAppServer(
  options: { databaseUrl?: string; env?: Record<string, string>; port?: number } = {},
): Promise<AppServer> {
  if (!existsSync(path.join(REPO_ROOT, 'packages/web/dist/index.html'))) {
    throw new Error('packages/web/dist is missing: run `npm run build:web` before the browser test.');
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'helhed-e2e-'));
  chmodSync(dataDir, 0o755);
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, ['packages/cli/bin/helhed.js', 'serve'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      HELHED_DATA_DIR: dataDir,
      PORT: String(port),
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    log += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    log += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const output = () => log;

  async function stop(): Promise<void> {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 30_000));
      if ((await Promise.race([exited, timeout])) === 'timeout') {
        child.kill('SIGKILL');
        await exited;
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  }

  try {
    const credentials = await waitForFirstAdmin(child, output, 180_000);
    const baseUrl = `http://localhost:${port}`;
    await waitForHealth(baseUrl, 60_000);
    return { baseUrl, ...credentials, output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * `helhed serve` on a copy of the test run's seeded template database (decision 0026) on its embedded
 * PostgreSQL 18 (or its PostgreSQL 15) server, with an owner and a runtime role as a server
 * installation has. The app starts as on a fresh install (no user yet, the first administrator
 * printed) without initdb, migrations and seeding; stop() also drops the database.
 */
export async function startAppServerOnCopy(kind: TestDatabaseKind = 'embedded'): Promise<AppServer> {
  const database = await createTestDatabase(kind, 'seeded');
  try {
    const server = await startAppServer({ env: database.env });
    return {
      ...server,
      stop: async () => {
        await server.stop();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
