// `npm run bench`: every benchmark in bench/, one after another, each in a child process of its own
// with options small enough that together they finish in under 5 minutes on the 2-core development
// machine (each benchmark's own defaults are the full-size run; its header comment says how). Their
// output is passed through; each prints `RATIO <name> <value>` lines (bench/ratio.ts), its figures
// against the baseline it measured in the same run, and the summary at the end lists every
// benchmark's wall time, exit status and ratios. Exits 1 when any benchmark failed. The benchmarks
// that take a DATABASE_URL share one throwaway PostgreSQL 15 cluster (bench/reports-cluster.ts), a
// database each, instead of each starting its own; the others run with no DATABASE_URL.
// Run: npm run bench [-- --only startup,memory] [--list] [--timeout 240]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { buildWebIfStale } from '../scripts/web-build.js';
import { type BenchCluster, startBenchCluster } from './reports-cluster.ts';

interface Bench {
  name: string;
  script: string;
  args: string[];
  /** What the short run leaves out against the script's defaults. */
  note: string;
  /** Needs the web app built (a browser opens it). */
  web?: boolean;
  /** Gets DATABASE_URL: a database of its own on the shared cluster. */
  database?: boolean;
}

const BENCHES: Bench[] = [
  {
    name: 'startup',
    script: 'bench/startup.ts',
    args: ['--no-source-cold', '--help-runs', '3'],
    note: 'no cold start from the sources; --help the median of 3',
  },
  {
    name: 'memory',
    script: 'bench/memory.ts',
    args: ['--minutes', '0.25', '--warmup', '5', '--interval', '5'],
    note: '15 s of load instead of 10 minutes: growth is not judged',
  },
  {
    name: 'read-routes',
    script: 'bench/read-routes.ts',
    args: ['--duration', '5'],
    note: '5 s of load per route',
  },
  {
    name: 'participant-list',
    script: 'bench/participant-list.ts',
    args: ['--sizes', '2000', '--runs', '5'],
    note: '2 000 residents only (not also 20 000), 5 requests each',
    web: true,
    database: true,
  },
  {
    name: 'reports',
    script: 'bench/reports.ts',
    args: ['--scale', '0.001', '--runs', '1', '--warmup', '0', '--all-timeout', '120'],
    note: 'scale 0.001 (1 plan, 1 000 residents) instead of national size; one run of each, no warm-up',
    database: true,
  },
  {
    name: 'sign-in',
    script: 'bench/sign-in-timing.ts',
    args: ['--attempts', '40', '--users', '10'],
    note: '40 attempts of each kind instead of 300',
    database: true,
  },
  {
    name: 'alerts-smtp',
    script: 'bench/alerts-smtp.ts',
    args: ['--contacts', '100', '--rounds', '3'],
    note: '100 contacts instead of 500, 3 rounds',
  },
  {
    name: 'bulk-import',
    script: 'bench/bulk-import.ts',
    args: ['--sizes', '100'],
    note: '100 rows only (not 300 and 3 000)',
    database: true,
  },
  {
    name: 'rehousing-status',
    script: 'bench/rehousing-status.ts',
    args: ['--months', '12,24'],
    note: '12 and 24 month-ends (the app publishes at most 24)',
  },
];

interface Outcome {
  bench: Bench;
  seconds: number;
  status: string;
  ok: boolean;
  ratios: [string, string][];
}

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const timeoutSeconds = Number(option('timeout') ?? 240);
const only = option('only')?.split(',');
const unknown = only?.filter((name) => !BENCHES.some((b) => b.name === name)) ?? [];
if (unknown.length > 0) {
  console.error(`unknown benchmark: ${unknown.join(', ')}; known: ${BENCHES.map((b) => b.name).join(', ')}`);
  process.exit(2);
}
const selected = BENCHES.filter((b) => !only || only.includes(b.name));
const command = (b: Bench) => `npx tsx ${b.script} ${b.args.join(' ')}`.trim();
if (args.includes('--list')) {
  for (const b of selected) console.log(`${b.name.padEnd(18)} ${command(b)}   (${b.note})`);
  process.exit(0);
}

let current: ReturnType<typeof spawn> | null = null;
const stopCurrent = () => {
  // The benchmark runs in its own process group: stop it with everything it started in the foreground.
  if (current?.pid && current.exitCode === null) process.kill(-current.pid, 'SIGTERM');
};
let cluster: Promise<BenchCluster> | null = null;
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, async () => {
    stopCurrent();
    await stopCluster().catch(() => undefined);
    process.exit(130);
  });

/** A fresh database on the shared cluster (started on first use), as a connection URL. */
async function databaseFor(bench: Bench): Promise<string> {
  cluster ??= startBenchCluster(os.tmpdir());
  const { url } = await cluster;
  const name = `helhed_bench_${bench.name.replaceAll('-', '_')}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return url.replace(/\/postgres$/, `/${name}`);
}

async function stopCluster(): Promise<void> {
  const running = cluster;
  cluster = null;
  // A cluster that failed to start has nothing to stop; the benchmarks that needed it failed already.
  await (await running?.catch(() => null))?.stop();
}

async function runOne(bench: Bench): Promise<Outcome> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  if (!existsSync(path.join(ROOT, bench.script))) {
    console.log(`${bench.script} not found, skipped`);
    return { bench, seconds: 0, status: 'not found, skipped', ok: true, ratios: [] };
  }
  if (bench.web && buildWebIfStale() !== 0)
    return { bench, seconds: seconds(), status: 'web build failed', ok: false, ratios: [] };
  const env = { ...process.env };
  delete env.DATABASE_URL;
  if (bench.database) {
    try {
      env.DATABASE_URL = await databaseFor(bench);
    } catch (error) {
      console.log(`no database for ${bench.name}: ${(error as Error).message}`);
      return { bench, seconds: seconds(), status: 'no database', ok: false, ratios: [] };
    }
  }
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', bench.script, ...bench.args], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
      detached: true,
    });
    current = child;
    const ratios: [string, string][] = [];
    createInterface({ input: child.stdout }).on('line', (line) => {
      console.log(line);
      const ratio = /^RATIO (\S+) (\S+)$/.exec(line);
      if (ratio) ratios.push([ratio[1] as string, ratio[2] as string]);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      stopCurrent();
    }, timeoutSeconds * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      current = null;
      const status = timedOut
        ? `stopped after ${timeoutSeconds} s`
        : code === 0
          ? 'ok'
          : `exit ${code ?? signal}`;
      resolve({ bench, seconds: seconds(), status, ok: code === 0 && !timedOut, ratios });
    });
  });
}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`npm run bench, ${new Date().toISOString()}`);
console.log(
  `machine: ${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}; load average ${loadAverage()}`,
);
const started = performance.now();
const outcomes: Outcome[] = [];
for (const bench of selected) {
  console.log(`\n=== ${bench.name}: ${command(bench)}   (${bench.note})`);
  outcomes.push(await runOne(bench));
}
await stopCluster();
const total = (performance.now() - started) / 1000;

console.log('\n=== summary (ratios: the figure against its baseline measured in the same run)');
for (const o of outcomes) {
  console.log(`${o.bench.name.padEnd(18)} ${`${o.seconds.toFixed(0)} s`.padStart(6)}   ${o.status}`);
  for (const [name, value] of o.ratios) console.log(`    ${name.padEnd(44)} ${value}`);
  if (o.ok && o.status === 'ok' && o.ratios.length === 0) console.log('    (printed no RATIO line)');
}
const minutes = Math.floor(total / 60);
console.log(`total: ${minutes} min ${(total - minutes * 60).toFixed(0)} s; load average ${loadAverage()}`);
const failed = outcomes.filter((o) => !o.ok);
if (failed.length > 0) console.log(`failed: ${failed.map((o) => o.bench.name).join(', ')}`);
process.exit(failed.length > 0 ? 1 : 0);
