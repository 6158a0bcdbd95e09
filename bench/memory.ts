// Memory of `helhed serve` (issue 18, item 4): the compiled CLI on a fresh data folder, its PSS plus
// that of every embedded PostgreSQL process after start (target < 250 MB), then under autocannon load
// at --connections against a signed-in read route for --minutes, sampled every --interval seconds.
// Growth: the median of the last third of the samples under load against the median of the first
// third, which starts after a --warmup of the same load (the pool's connections and the heap's working
// size are in place by then; what grows after is what leaks; target ≤ 10 %). Single samples are not
// compared: the app's heap swings by up to 100 MiB between garbage collections under this load. Both targets fail the run only with the full 10 minutes. Baseline, same run: a
// bare Node HTTP server answering the route's JSON, measured the same way (after start and after
// the warm-up's load). Run: npx tsx bench/memory.ts [--minutes 10] [--connections 100]
//   [--warmup 30] [--interval 10] [--route /api/v1/plan]
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { openSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { appAndPostgresPss, type PssSample, pssKiB } from './pss.ts';
import { printRatio } from './ratio.ts';
import { freePort } from './reports-cluster.ts';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');
const CLI = path.join(ROOT, 'packages/cli/bin/helhed.js');
const EMAIL = 'leder@bench.helhed';
const PASSWORD = 'bench-leder-adgangskode-2026';
const START_LIMIT_MIB = 250e6 / 2 ** 20; // 250 MB
const GROWTH_LIMIT = 0.1;

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? Number(args[at + 1]) : fallback;
};
const at = args.indexOf('--route');
const route = at >= 0 ? (args[at + 1] as string) : '/api/v1/plan';
const minutes = option('minutes', 10);
const connections = option('connections', 100);
const warmupSeconds = option('warmup', 30);
const intervalSeconds = option('interval', 10);
const settleSeconds = Math.min(10, intervalSeconds);
const judged = minutes >= 10;
// The embedded PostgreSQL is measured: a DATABASE_URL in the environment must not replace it.
delete process.env.DATABASE_URL;

const mib = (value: number) => `${value.toFixed(0)} MiB`;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const describe = (s: PssSample) =>
  `${mib(s.totalMiB)} (app ${mib(s.appMiB)}, PostgreSQL ${mib(s.postgresMiB)} in ${s.postgresProcesses} processes)`;

async function waitForHealth(url: string, child: ChildProcess, logFile: string): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`it exited (${child.exitCode}); see ${logFile}`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    if (Date.now() - started > 180_000) throw new Error(`no answer from ${url}; see ${logFile}`);
    await sleep(100);
  }
}

function stopped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  child.kill('SIGTERM');
  return exited;
}

/** autocannon at the bench's connections; fails the run on any socket error or non-2xx answer. */
async function load(url: string, seconds: number, headers: Record<string, string> = {}) {
  const result = await autocannon({ url, connections, duration: seconds, headers });
  if (result.errors > 0 || result.non2xx > 0)
    throw new Error(`${url}: ${result.errors} errors, ${result.non2xx} non-2xx answers under load`);
  return result;
}

// 1. The app on a fresh data folder: first start (initdb, migrations, seed), memory after start.
spawnSync(process.execPath, [CLI, '--help']); // builds the compiled CLI if its sources changed
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'helhed-bench-memory-'));
await chmod(dataDir, 0o755);
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const logFile = path.join(dataDir, 'serve.log');
const env = { ...process.env, HELHED_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' };
const app = spawn(process.execPath, [CLI, 'serve'], {
  cwd: ROOT,
  env,
  stdio: ['ignore', openSync(logFile, 'a'), openSync(logFile, 'a')],
});
let failed = false;
try {
  await waitForHealth(`${base}/api/health`, app, logFile);
  await sleep(2000);
  const appPid = app.pid as number;
  const sample = () => appAndPostgresPss(appPid, dataDir);
  const start = await sample();
  console.log(`machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM`);
  console.log(`after start: ${describe(start)}`);

  // 2. A leader, added through the CLI while the server runs (it attaches to the server's PostgreSQL).
  const added = spawnSync(
    process.execPath,
    [CLI, 'users', 'add', '--email', EMAIL, '--role', 'leader', '--name', 'Bench leder'],
    { cwd: ROOT, env, input: PASSWORD, encoding: 'utf8' },
  );
  if (added.status !== 0) throw new Error(`helhed users add: ${added.stderr}`);
  const signIn = await fetch(`${base}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  if (signIn.status !== 200) throw new Error(`sign-in answered ${signIn.status}`);
  const headers = { cookie: (signIn.headers.get('set-cookie') ?? '').split(';')[0] as string };
  const probe = await fetch(`${base}${route}`, { headers });
  if (probe.status !== 200) throw new Error(`${route} answered ${probe.status}`);
  const body = await probe.text();

  // 3. Baseline: a bare Node HTTP server answering the same JSON, after start and after the warm-up's load.
  const barePort = await freePort();
  const bareScript = `require('node:http').createServer((q, s) => { s.setHeader('content-type', 'application/json'); s.end(process.env.BENCH_BODY); }).listen(${barePort}, '127.0.0.1')`;
  const bare = spawn(process.execPath, ['-e', bareScript], { env: { ...process.env, BENCH_BODY: body } });
  const bareUrl = `http://127.0.0.1:${barePort}/`;
  await waitForHealth(bareUrl, bare, 'its output');
  await sleep(2000);
  const bareStart = (await pssKiB(bare.pid as number)) / 1024;
  const bareRun = await load(bareUrl, warmupSeconds);
  const bareLoaded = (await pssKiB(bare.pid as number)) / 1024;
  await stopped(bare);
  console.log(
    `baseline, bare Node HTTP server with the same ${body.length}-byte JSON: ${mib(bareStart)} after start, ${mib(bareLoaded)} after ${warmupSeconds} s at ${connections} connections (${bareRun.requests.average.toFixed(0)} req/s)`,
  );

  // 4. The app: a warm-up of the same load, then --minutes of it, sampled every --interval seconds.
  const url = `${base}${route}`;
  const warm = await load(url, warmupSeconds, headers);
  const reference = await sample();
  console.log(
    `after a ${warmupSeconds} s warm-up at ${connections} connections on GET ${route} (${warm.requests.average.toFixed(0)} req/s): ${describe(reference)}`,
  );
  const samples: PssSample[] = [];
  const started = performance.now();
  const sampler = setInterval(async () => {
    const s = await sample();
    samples.push(s);
    console.log(`  ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s: ${describe(s)}`);
  }, intervalSeconds * 1000);
  const run = await load(url, minutes * 60, headers).finally(() => clearInterval(sampler));
  const end = await sample();
  samples.push(end);
  await sleep(settleSeconds * 1000);
  const idle = await sample();
  const series = [reference, ...samples].map((s) => s.totalMiB);
  const max = Math.max(...series);
  const third = Math.max(1, Math.floor(series.length / 3));
  const early = median(series.slice(0, third));
  const late = median(series.slice(-third));
  const growth = late / early - 1;
  console.log(
    `load: ${minutes} min at ${connections} connections, ${run.requests.total} requests, ${run.requests.average.toFixed(0)} req/s, p99 ${run.latency.p99} ms`,
  );
  console.log(`end of the load: ${describe(end)}; max ${mib(max)}`);
  console.log(
    `growth during the load: ${(growth * 100).toFixed(1)} % (median of the last ${third} samples ${mib(late)} against the first ${third} ${mib(early)}); end against the start ${((end.totalMiB / start.totalMiB - 1) * 100).toFixed(1)} %`,
  );
  console.log(`${settleSeconds} s after the load: ${describe(idle)}`);
  console.log(`server log: ${((await stat(logFile)).size / 2 ** 20).toFixed(0)} MiB written`);
  console.log(
    `ratios against the bare server: after start ${(start.totalMiB / bareStart).toFixed(1)}×, end of the load ${(end.totalMiB / bareLoaded).toFixed(1)}×`,
  );
  printRatio('memory.start', start.totalMiB / bareStart);
  printRatio('memory.loaded', end.totalMiB / bareLoaded);
  if (judged) printRatio('memory.growth', late / early);
  const over = [
    start.totalMiB > START_LIMIT_MIB ? `after start ${mib(start.totalMiB)} > 250 MB (238 MiB)` : '',
    judged && growth > GROWTH_LIMIT ? `growth ${(growth * 100).toFixed(1)} % > ${GROWTH_LIMIT * 100} %` : '',
  ].filter(Boolean);
  if (!judged)
    console.log(`growth not judged: ${minutes} min of load is shorter than the 10 minutes it needs`);
  if (over.length > 0) {
    console.log(`ABOVE TARGET: ${over.join('; ')}`);
    failed = true;
  } else console.log(`within target: < 250 MB (238 MiB) after start${judged ? ', ≤ 10 % growth' : ''}`);
} catch (error) {
  console.error(error);
  const tail = (await readFile(logFile, 'utf8').catch(() => '')).split('\n').slice(-20).join('\n');
  console.error(`last lines of the server's log:\n${tail}`);
  failed = true;
} finally {
  await stopped(app);
  await rm(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
