// A throwaway PostgreSQL 15 cluster for bench/reports.ts, set up for a bulk load on one machine:
// no fsync (a crash loses nothing we cannot regenerate), a large WAL budget so the load is not
// interrupted by checkpoints, and a quarter of RAM for shared buffers. Never use these settings
// for real data.
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { resolveServerUser, run } from '../packages/server/src/platform/db/embedded-os.ts';

const BIN = process.env.HELHED_BENCH_PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface BenchCluster {
  url: string;
  /** For psql: host (socket dir), port and user. */
  psqlArgs: string[];
  psql: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startBenchCluster(baseDir: string): Promise<BenchCluster> {
  if (!existsSync(path.join(BIN, 'initdb'))) throw new Error(`no PostgreSQL binaries in ${BIN}`);
  const user = await resolveServerUser();
  const dir = await fs.mkdtemp(path.join(baseDir, 'helhed-bench-pg-'));
  await fs.chmod(dir, 0o755);
  if (user) await fs.chown(dir, user.uid, user.gid);
  const dataDir = path.join(dir, 'data');
  await run(
    path.join(BIN, 'initdb'),
    ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C'],
    {
      user,
    },
  );
  const sharedMb = Math.max(128, Math.floor(os.totalmem() / 1024 / 1024 / 4));
  const settings = {
    fsync: 'off',
    synchronous_commit: 'off',
    full_page_writes: 'off',
    wal_level: 'minimal',
    max_wal_senders: '0',
    max_wal_size: '32GB',
    checkpoint_timeout: '1h',
    shared_buffers: `${sharedMb}MB`,
    effective_cache_size: `${sharedMb * 2}MB`,
    maintenance_work_mem: '1GB',
    work_mem: '64MB',
    max_parallel_workers_per_gather: String(Math.max(1, os.cpus().length)),
    jit: 'off',
  };
  const port = await freePort();
  const options = [`-p ${port}`, `-k '${dir}'`, '-c listen_addresses=127.0.0.1']
    .concat(Object.entries(settings).map(([k, v]) => `-c ${k}=${v}`))
    .join(' ');
  const logFile = path.join(dir, 'postgres.log');
  await run(
    path.join(BIN, 'pg_ctl'),
    ['start', '-w', '-t', '120', '-D', dataDir, '-l', logFile, '-o', options],
    {
      user,
    },
  );
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    psql: path.join(BIN, 'psql'),
    psqlArgs: ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'postgres'],
    stop: async () => {
      await run(path.join(BIN, 'pg_ctl'), ['stop', '-D', dataDir, '-m', 'fast', '-w'], { user });
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
