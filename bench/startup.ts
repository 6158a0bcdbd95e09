// Measures how long `helhed serve` takes from a cold start (empty data folder: initdb, migrations,
// seed) and a warm start to answering /api/health, and the memory of the app and its embedded
// PostgreSQL together; then `helhed --help`. The compiled CLI (the default) and the TypeScript
// sources run through tsx (HELHED_FROM_SOURCE=1) are both timed. Figures are printed as ratios
// against a baseline measured in the same run: a bare Node HTTP server started the same way, and
// `node -e ''` for --help. Run: npx tsx bench/startup.ts
import { spawn, spawnSync } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');
const PORT = 3190;

async function waitForHealth(url: string, started: number): Promise<number> {
  for (;;) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return Date.now() - started;
    if (Date.now() - started > 120_000) throw new Error(`no answer from ${url}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

// PSS, not RSS: PostgreSQL's backends share their buffers, and RSS would count them once per process.
async function rssKiB(pid: number): Promise<number> {
  const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => '');
  return Number(/Pss:\s+(\d+)/.exec(rollup)?.[1] ?? 0);
}

/** RSS of the app plus every process whose command line names the data folder (postgres). */
async function totalRssKiB(appPid: number, dataDir: string): Promise<number> {
  let total = await rssKiB(appPid);
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === appPid) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.includes(dataDir)) total += await rssKiB(Number(entry));
  }
  return total;
}

async function run(args: string[], env: Record<string, string>, healthUrl: string, dataDir = '') {
  const started = Date.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: 'ignore',
  });
  const ms = await waitForHealth(healthUrl, started);
  await new Promise((r) => setTimeout(r, 1000));
  const kib = dataDir ? await totalRssKiB(child.pid ?? 0, dataDir) : await rssKiB(child.pid ?? 0);
  const exited = new Promise((r) => child.on('exit', r));
  child.kill('SIGTERM');
  await exited;
  return { ms, mib: kib / 1024 };
}

const baselineScript = `require('node:http').createServer((q, s) => s.end('{"status":"ok"}')).listen(${PORT}, '127.0.0.1')`;
const baseline = await run(['-e', baselineScript], {}, `http://127.0.0.1:${PORT}/`);

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'helhed-bench-'));
await chmod(dataDir, 0o755);
const env = { HELHED_DATA_DIR: dataDir, PORT: String(PORT), HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
const cli = [path.join(ROOT, 'packages/cli/bin/helhed.js'), 'serve'];
const health = `http://127.0.0.1:${PORT}/api/health`;
spawnSync(process.execPath, [cli[0] as string, '--help']); // builds the compiled CLI if it is stale
const cold = await run(cli, env, health, dataDir);
const warm = await run(cli, env, health, dataDir);
await rm(dataDir, { recursive: true, force: true });
const sourceDir = await mkdtemp(path.join(os.tmpdir(), 'helhed-bench-'));
await chmod(sourceDir, 0o755);
const fromSource = { ...env, HELHED_DATA_DIR: sourceDir, HELHED_FROM_SOURCE: '1' };
const sourceCold = await run(cli, fromSource, health, sourceDir);
const sourceWarm = await run(cli, fromSource, health, sourceDir);
await rm(sourceDir, { recursive: true, force: true });

/** The median wall time of five runs of a command, in ms. */
function median(args: string[], extraEnv: Record<string, string> = {}): number {
  const times = [0, 1, 2, 3, 4].map(() => {
    const started = performance.now();
    spawnSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...extraEnv } });
    return performance.now() - started;
  });
  return Math.round(times.sort((a, b) => a - b)[2] ?? 0);
}
const bareNode = median(['-e', '']);
const help = median([cli[0] as string, '--help']);
const sourceHelp = median([cli[0] as string, '--help'], { HELHED_FROM_SOURCE: '1' });

const ratio = (a: number, b: number) => (a / b).toFixed(1);
console.log(`baseline (bare Node HTTP server): ${baseline.ms} ms to answer, ${baseline.mib.toFixed(0)} MiB`);
console.log(`cold start (initdb + migrate + seed): ${cold.ms} ms = ${ratio(cold.ms, baseline.ms)}× baseline`);
console.log(`warm start: ${warm.ms} ms = ${ratio(warm.ms, baseline.ms)}× baseline`);
console.log(
  `from source (tsx): cold ${sourceCold.ms} ms, warm ${sourceWarm.ms} ms = ${ratio(sourceWarm.ms, baseline.ms)}× baseline`,
);
console.log(
  `compiled against source: cold ${ratio(cold.ms, sourceCold.ms)}×, warm ${ratio(warm.ms, sourceWarm.ms)}×`,
);
console.log(
  `helhed --help: ${help} ms compiled, ${sourceHelp} ms from source; bare \`node -e ''\` ${bareNode} ms = ${ratio(help, bareNode)}× baseline`,
);
console.log(
  `memory after start, app + embedded PostgreSQL: ${cold.mib.toFixed(0)} MiB (cold), ${warm.mib.toFixed(0)} MiB (warm) = ${ratio(warm.mib, baseline.mib)}× baseline`,
);
