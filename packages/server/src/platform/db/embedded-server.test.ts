import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { isProcessAlive } from './embedded-pid.ts';
import { DataDirInUseError, type EmbeddedServer, startEmbeddedServer } from './embedded-server.ts';

const repoRoot = fileURLToPath(new URL('../../../../../', import.meta.url));
const holderScript = fileURLToPath(
  new URL('../../../test/fixtures/hold-embedded-server.ts', import.meta.url),
);

const tempDirs: string[] = [];
afterAll(async () => {
  for (const dir of tempDirs) await fs.rm(dir, { recursive: true, force: true });
});

/** A data folder path in a fresh temp folder the PostgreSQL system user can enter when we run as root. */
async function newDataDir(name = 'data'): Promise<string> {
  const base = await fs.mkdtemp(path.join(os.tmpdir(), 'helhed-embedded-test-'));
  await fs.chmod(base, 0o755);
  tempDirs.push(base);
  return path.join(base, name);
}

async function query<T extends pg.QueryResultRow>(server: { connectionString: string }, text: string) {
  const client = new pg.Client({ connectionString: server.connectionString });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

/** Every process whose command line names the folder: the postmaster carries `-D <dataDir>/pg`. */
function processesMentioning(dataDir: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dataDir);
      } catch {
        return false;
      }
    })
    .map(Number);
}

interface Holder {
  child: ChildProcess;
  pid: number;
  postmasterPid: number;
  connectionString: string;
}

/** Another Node process (as another app would be) that starts the server on dataDir and holds it. */
function startHolder(dataDir: string): Promise<Holder> {
  const child = spawn(process.execPath, ['--import', 'tsx', holderScript, dataDir], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n').find((candidate) => candidate.startsWith('{'));
      if (line) resolve({ child, ...JSON.parse(line) });
    });
    child.on('exit', (code) => reject(new Error(`holder exited (${code}): ${stderr}`)));
  });
}

function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

describe('startEmbeddedServer', () => {
  it('runs a durable server reachable only over its Unix socket', async () => {
    const dataDir = await newDataDir();
    const server = await startEmbeddedServer({ dataDir });
    try {
      const [settings] = await query<Record<string, string>>(
        server,
        `select current_setting('fsync') as fsync, current_setting('synchronous_commit') as synchronous_commit,
                current_setting('listen_addresses') as listen_addresses, current_database() as database`,
      );
      expect(settings).toEqual({
        fsync: 'on',
        synchronous_commit: 'on',
        listen_addresses: '',
        database: 'helhed',
      });
      // A pool takes the URL as it is, as the app does.
      const pool = new pg.Pool({ connectionString: server.connectionString });
      expect((await pool.query('show fsync')).rows).toEqual([{ fsync: 'on' }]);
      await pool.end();
      expect((await fs.stat(path.join(dataDir, 'pg'))).mode & 0o777).toBe(0o700);
      expect(readFileSync(path.join(dataDir, 'app.lock'), 'utf8').split('\n')[0]).toBe(String(process.pid));
    } finally {
      await server.stop();
    }
  });

  it('stops an orphan left by a SIGKILLed app and keeps its data', async () => {
    const dataDir = await newDataDir();
    const first = await startEmbeddedServer({ dataDir });
    await query(first, `create table fixture_row (label text primary key)`);
    await query(first, `insert into fixture_row values ('before-crash')`);
    await first.stop();

    const holder = await startHolder(dataDir);
    holder.child.kill('SIGKILL');
    await waitForExit(holder.child);
    // The trap: the app is gone, its PostgreSQL is not.
    expect(isProcessAlive(holder.postmasterPid)).toBe(true);

    const messages: string[] = [];
    const second = await startEmbeddedServer({ dataDir, log: (message) => messages.push(message) });
    try {
      expect(isProcessAlive(holder.postmasterPid)).toBe(false);
      expect(second.pid).not.toBe(holder.postmasterPid);
      expect(messages.join('\n')).toContain(`(pid ${holder.postmasterPid})`);
      const rows = await query<{ label: string }>(second, 'select label from fixture_row order by label');
      expect(rows.map((row) => row.label)).toEqual(['before-crash', 'from-child']);
    } finally {
      await second.stop();
    }
  });

  it('refuses a data folder held by another live app, quickly and without harming it', async () => {
    const dataDir = await newDataDir();
    const holder = await startHolder(dataDir);
    try {
      const startedAt = Date.now();
      const error = await startEmbeddedServer({ dataDir }).catch((caught: unknown) => caught);
      expect(Date.now() - startedAt).toBeLessThan(5_000);
      expect(error).toBeInstanceOf(DataDirInUseError);
      expect(error).toMatchObject({ dataDir, pid: holder.pid });
      expect((error as Error).message).toContain('bruges allerede');
      expect(await query(holder, 'select 1 as ok')).toEqual([{ ok: 1 }]);
      expect(isProcessAlive(holder.postmasterPid)).toBe(true);
    } finally {
      holder.child.kill('SIGTERM');
      await waitForExit(holder.child);
    }
    // The holder's own clean stop (SIGTERM) left nothing running.
    expect(isProcessAlive(holder.postmasterPid)).toBe(false);
  });

  it('stop() leaves no PostgreSQL process for the folder and is idempotent', async () => {
    const dataDir = await newDataDir();
    const server: EmbeddedServer = await startEmbeddedServer({ dataDir });
    expect(processesMentioning(dataDir)).toContain(server.pid);
    await server.stop();
    await server.stop();
    expect(isProcessAlive(server.pid)).toBe(false);
    expect(processesMentioning(dataDir)).toEqual([]);
    expect(existsSync(path.join(dataDir, 'app.lock'))).toBe(false);
    expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  });

  it('sees through lock and pid files whose pids now belong to unrelated processes', async () => {
    const dataDir = await newDataDir();
    const first = await startEmbeddedServer({ dataDir });
    await first.stop();
    // After a reboot the recorded pids may name anything: here a sleep and this very test process.
    const unrelated = spawn('sleep', ['60'], { stdio: 'ignore' });
    try {
      await fs.writeFile(path.join(dataDir, 'app.lock'), `${unrelated.pid}\n1\n`);
      await fs.writeFile(path.join(dataDir, 'pg', 'postmaster.pid'), `${process.pid}\n${dataDir}/pg\n`);
      const second = await startEmbeddedServer({ dataDir });
      expect(await query(second, 'select 1 as ok')).toEqual([{ ok: 1 }]);
      await second.stop();
      expect(isProcessAlive(unrelated.pid ?? 0)).toBe(true);
    } finally {
      unrelated.kill();
    }
  });

  it('puts the socket in a short private folder when the data folder path is too long', async () => {
    const dataDir = await newDataDir('d'.repeat(120));
    const server = await startEmbeddedServer({ dataDir });
    try {
      const socketDir = decodeURIComponent(/host=([^&]+)/.exec(server.connectionString)?.[1] ?? '');
      tempDirs.push(socketDir);
      expect(socketDir.startsWith(dataDir)).toBe(false);
      expect(readFileSync(path.join(dataDir, 'socket-dir'), 'utf8').trim()).toBe(socketDir);
      expect((await fs.stat(socketDir)).mode & 0o777).toBe(0o700);
      expect(await query(server, 'select 1 as ok')).toEqual([{ ok: 1 }]);
    } finally {
      await server.stop();
    }
  });
});
