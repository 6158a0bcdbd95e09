import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { da, fill } from '@helhed/core';
import { firstBlockedDirectory, permits, type ServerUser } from './embedded-os.ts';
import { processCommandLine } from './embedded-pid.ts';

// Only names the socket file (.s.PGSQL.5432): the server has no TCP port.
export const PORT = 5432;

export interface Layout {
  dataDir: string;
  pgDir: string;
  socketDir: string;
  lockPath: string;
  logPath: string;
}

/**
 * The socket path must fit in sun_path (~107 bytes). A deep data folder gets a short private directory in
 * the temp folder instead, named by a hash of the data folder so that the same folder always finds it.
 */
export function layoutOf(dataDir: string): Layout {
  const inside = path.join(dataDir, 'run');
  const fits = (dir: string) => Buffer.byteLength(path.join(dir, `.s.PGSQL.${PORT}.lock`)) < 100;
  const hash = createHash('sha256').update(dataDir).digest('hex').slice(0, 16);
  const outside = [os.tmpdir(), '/tmp'].map((base) => path.join(base, `helhed-pg-${hash}`)).find(fits);
  return {
    dataDir,
    pgDir: path.join(dataDir, 'pg'),
    socketDir: fits(inside) ? inside : (outside ?? inside),
    lockPath: path.join(dataDir, 'app.lock'),
    logPath: path.join(dataDir, 'postgres.log'),
  };
}

export function connectionStringOf(layout: Layout, database: string, user = 'postgres'): string {
  // The explicit port keeps a PGPORT in the environment from pointing pg at another socket file name.
  return `postgresql://${user}@/${database}?host=${encodeURIComponent(layout.socketDir)}&port=${PORT}`;
}

export async function readPostmasterPid(pgDir: string): Promise<number | null> {
  const text = await fs.readFile(path.join(pgDir, 'postmaster.pid'), 'utf8').catch(() => null);
  const pid = Number.parseInt(text?.split('\n')[0] ?? '', 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/**
 * Whether pid is a postmaster of this cluster, not a reuse of its pid. The postmaster's working directory
 * is its data folder, so comparing real paths works whatever path or symlink it was started with. Without
 * /proc (macOS) a live pid in the pid file is trusted.
 */
export function isPostmasterOf(pid: number, pgDir: string): boolean {
  const argv = processCommandLine(pid);
  if (argv === null) return true;
  if (!/^(postgres|postmaster)$/.test(path.basename(argv[0] ?? ''))) return false;
  try {
    return realpathSync(`/proc/${pid}/cwd`) === realpathSync(pgDir);
  } catch {
    return argv.includes(pgDir);
  }
}

/** Creates (or checks) the private socket directory and clears socket files left by a killed server. */
export async function prepareSocketDir(layout: Layout, user: ServerUser | undefined) {
  await fs.mkdir(layout.socketDir, { recursive: true, mode: 0o700 });
  const stat = await fs.lstat(layout.socketDir);
  const owners = [process.getuid?.(), user?.uid];
  // Outside the data folder someone else could have made the directory first: then it is not private.
  if (!stat.isDirectory() || !owners.includes(stat.uid)) {
    throw new Error(`${layout.socketDir} is not a private directory of this user`);
  }
  if (user) await fs.chown(layout.socketDir, user.uid, user.gid);
  await fs.chmod(layout.socketDir, 0o700);
  if (layout.socketDir !== path.join(layout.dataDir, 'run')) {
    await fs.writeFile(path.join(layout.dataDir, 'socket-dir'), `${layout.socketDir}\n`);
  }
  // We hold the app lock and no postmaster runs on this cluster, so any socket or socket lock is stale.
  for (const name of await fs.readdir(layout.socketDir)) {
    if (name.startsWith('.s.PGSQL.')) await fs.rm(path.join(layout.socketDir, name), { force: true });
  }
}

/** The data folder must be enterable by the server user; ancestors are checked, the folder itself fixed. */
export async function prepareDataDir(dataDir: string, user: ServerUser | undefined) {
  await fs.mkdir(dataDir, { recursive: true, mode: user ? 0o711 : 0o700 });
  if (!user) return;
  const blocked = await firstBlockedDirectory(user, path.dirname(dataDir));
  if (blocked) throw new Error(fill(da.cli.embeddedNoAccess, { user: user.name, path: blocked }));
  const stat = await fs.stat(dataDir);
  if (!permits(stat, user, 1)) await fs.chmod(dataDir, (stat.mode & 0o7777) | 0o001);
}
