import { spawn } from 'node:child_process';
import type { Stats } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { da, fill } from '@helhed/core';
import { ensureLibrarySymlinks } from './embedded-libraries.ts';

/** The system user PostgreSQL runs as when the app runs as root (PostgreSQL refuses to run as root). */
export interface ServerUser {
  name: string;
  uid: number;
  gid: number;
}

/** Environment for PostgreSQL programs: PG* variables of the caller (PGDATA, PGPORT …) must not steer them. */
export function serverEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('PG')) env[key] = value;
  env.LC_ALL = 'C';
  return env;
}

/** Runs a program to its end (as user, if given) and returns its output; rejects with the output on failure. */
export function run(
  command: string,
  args: string[],
  options: { user?: ServerUser | undefined; timeoutMs?: number } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: serverEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 120_000,
      ...(options.user ? { uid: options.user.uid, gid: options.user.gid } : {}),
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve(output);
      else
        reject(
          new Error(
            `${path.basename(command)} ${args[0] ?? ''} failed (${code ?? signal}): ${output.trim()}`,
          ),
        );
    });
  });
}

async function lookupUser(name: string): Promise<ServerUser | null> {
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', name]), run('id', ['-g', name])]);
    const user = { name, uid: Number.parseInt(uid, 10), gid: Number.parseInt(gid, 10) };
    // A "postgres" account mapped to uid 0 would defeat the purpose.
    return user.uid > 0 ? user : null;
  } catch {
    return null;
  }
}

let cachedUser: Promise<ServerUser | undefined> | undefined;

/**
 * undefined for an ordinary user (PostgreSQL runs as that user). As root: the existing `postgres` account
 * (Debian's package makes one), else our own `helhed-pg` system account, created once.
 */
export function resolveServerUser(): Promise<ServerUser | undefined> {
  cachedUser ??= (async () => {
    if (process.getuid?.() !== 0) return undefined;
    const existing = (await lookupUser('postgres')) ?? (await lookupUser('helhed-pg'));
    if (existing) return existing;
    try {
      await run('useradd', [
        '--system',
        '--no-create-home',
        '--user-group',
        '--shell',
        '/usr/sbin/nologin',
        'helhed-pg',
      ]);
    } catch (error) {
      throw new Error(fill(da.cli.embeddedSystemUserFailed, { detail: (error as Error).message }));
    }
    const created = await lookupUser('helhed-pg');
    if (!created) throw new Error(fill(da.cli.embeddedSystemUserFailed, { detail: 'helhed-pg' }));
    return created;
  })();
  cachedUser.catch(() => {
    cachedUser = undefined;
  });
  return cachedUser;
}

/**
 * Whether user has the permission bits in `bit` (1 execute, 2 write, 4 read) on a file. Only the primary
 * group counts: Node drops supplementary groups when it spawns with uid/gid.
 */
export function permits(stat: Stats, user: ServerUser, bit: number): boolean {
  const shift = stat.uid === user.uid ? 6 : stat.gid === user.gid ? 3 : 0;
  return ((stat.mode >> shift) & bit) === bit;
}

/** The first directory from / down to dir that user cannot enter, or null when all can be. */
export async function firstBlockedDirectory(user: ServerUser, dir: string): Promise<string | null> {
  const parts = path.resolve(dir).split(path.sep).filter(Boolean);
  let current: string = path.sep;
  for (const part of ['', ...parts]) {
    current = path.join(current, part);
    const stat = await fs.stat(current);
    if (!permits(stat, user, 1)) return current;
  }
  return null;
}

/** Gives a whole tree to user; used when a cluster made by another account is opened as root. */
export async function chownTree(target: string, user: ServerUser): Promise<void> {
  await fs.lchown(target, user.uid, user.gid);
  const entries = await fs.readdir(target, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const child = path.join(target, entry.name);
    if (entry.isDirectory()) await chownTree(child, user);
    else await fs.lchown(child, user.uid, user.gid);
  }
}

/**
 * Makes sure the server user can run the binaries, by running `postgres --version` as that user (this also
 * finds missing shared libraries). As root, names the first directory it cannot enter.
 */
export async function checkBinaries(
  packageName: string,
  postgresBinary: string,
  user: ServerUser | undefined,
) {
  const userName = user?.name ?? String(process.getuid?.() ?? '');
  const unusable = (detail: string) =>
    new Error(fill(da.cli.embeddedBinariesUnusable, { package: packageName, user: userName, detail }));
  if (user) {
    const blocked = await firstBlockedDirectory(user, path.dirname(postgresBinary));
    if (blocked) throw unusable(fill(da.cli.embeddedNoAccess, { user: user.name, path: blocked }));
  }
  try {
    await ensureLibrarySymlinks(postgresBinary);
    await run(postgresBinary, ['--version'], { user, timeoutMs: 30_000 });
  } catch (error) {
    throw unusable((error as Error).message);
  }
}
