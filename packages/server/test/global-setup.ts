import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { resolveServerUser, run, type ServerUser } from '../src/platform/db/embedded-os.ts';
import { startEmbeddedServer } from '../src/platform/db/embedded-server.ts';
import { buildTemplates } from './build-templates.ts';

/**
 * The distribution's PostgreSQL binaries: HELHED_TEST_PG_BIN, else Debian's 15 (what the server mode is
 * tested against), else the highest installed major.
 */
function findPostgresBin(): string {
  const fromEnv = process.env.HELHED_TEST_PG_BIN;
  if (fromEnv) return fromEnv;
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root)
    ? readdirSync(root)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const major = majors.includes('15') ? '15' : majors[0];
  return major ? path.join(root, major, 'bin') : path.join(root, '15', 'bin');
}

async function freeLoopbackPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A temp folder the server user can enter (mkdtemp makes it 0700, owned by us). */
async function makeTempDir(prefix: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  await fs.chmod(dir, 0o755);
  return dir;
}

interface DistributionServer {
  url: string;
  stop(): Promise<void>;
}

async function startDistributionServer(
  dir: string,
  user: ServerUser | undefined,
): Promise<DistributionServer> {
  const bin = findPostgresBin();
  const binary = (name: string) => path.join(bin, name);
  if (!existsSync(binary('initdb')) || !existsSync(binary('pg_ctl'))) {
    // Failing beats skipping: a missing server would silently halve the test suite.
    throw new Error(
      `PostgreSQL binaries not found in ${bin}. Install Debian's "postgresql" package (apt-get install postgresql) or set HELHED_TEST_PG_BIN.`,
    );
  }
  const dataDir = path.join(dir, 'data');
  if (user) await fs.chown(dir, user.uid, user.gid);
  // Trust on loopback is acceptable for a throwaway test cluster holding no real data.
  await run(binary('initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C'], {
    user,
  });
  let lastError: unknown;
  // The free port is only free until someone else takes it; try a few.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freeLoopbackPort();
    // pg_ctl hands -o to a shell; the folder is ours from mkdtemp, so it needs no quoting beyond this.
    const options = `-p ${port} -k '${dir}' -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=100`;
    const args = [
      'start',
      '-w',
      '-t',
      '60',
      '-D',
      dataDir,
      '-l',
      path.join(dir, 'postgres.log'),
      '-o',
      options,
    ];
    try {
      await run(binary('pg_ctl'), args, { user });
      return {
        url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
        stop: async () => {
          await run(binary('pg_ctl'), ['stop', '-D', dataDir, '-m', 'fast', '-w'], { user });
        },
      };
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

/** Starts both servers once for the whole run; every test file makes its own databases on them. */
/** The compiled CLI, built once here rather than by every test file that starts it at the same time. */
function compileCli(): void {
  const bin = path.resolve(import.meta.dirname, '../../cli/bin/helhed.js');
  const result = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`compiling the CLI failed: ${result.stderr}`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  compileCli();
  const user = await resolveServerUser();
  const distributionDir = await makeTempDir('helhed-test-pg-');
  const embeddedDir = await makeTempDir('helhed-test-embedded-');
  const cleanups: Array<() => Promise<void>> = [
    () => fs.rm(distributionDir, { recursive: true, force: true }),
    () => fs.rm(embeddedDir, { recursive: true, force: true }),
  ];
  const teardown = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error) => console.error(error));
  };
  // allSettled, so that a server that did start is stopped again when the other one failed.
  const started = await Promise.allSettled([
    startDistributionServer(distributionDir, user),
    startEmbeddedServer({ dataDir: path.join(embeddedDir, 'data') }),
  ]);
  for (const result of started) if (result.status === 'fulfilled') cleanups.push(result.value.stop);
  const [distribution, embedded] = started;
  if (distribution.status === 'rejected' || embedded.status === 'rejected') {
    await teardown();
    throw distribution.status === 'rejected'
      ? distribution.reason
      : (embedded as PromiseRejectedResult).reason;
  }
  try {
    // The migrated and the seeded template on both servers (decision 0026), made while no test runs.
    await Promise.all([
      buildTemplates(distribution.value.url),
      buildTemplates(embedded.value.connectionString),
    ]);
  } catch (error) {
    await teardown();
    throw error;
  }
  project.provide('postgresUrl', distribution.value.url);
  project.provide('embeddedUrl', embedded.value.connectionString);
  return teardown;
}
