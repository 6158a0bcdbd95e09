// Measures how long `helhed serve` takes from a cold start (empty data folder: initdb, migrations,
// seed) and a warm start to answering /api/health, and the memory of the app and its embedded
// PostgreSQL together; then `helhed --help`. The compiled CLI (the default) and the TypeScript
// sources run through tsx (HELHED_FROM_SOURCE=1) are both timed. Figures are printed as ratios
// against a baseline measured in the same run: a bare Node HTTP server started the same way, and
// `node -e ''` for --help. The memory is PSS of the app and of every embedded PostgreSQL process.
// Run: npx tsx bench/startup.ts [--no-source-cold] [--help-runs 5]   (--no-source-cold: the sources
// start warm only, on the compiled run's data folder; the median of --help-runs for --help)
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appAndPostgresPss, pssKiB } from './pss.ts';
import { printRatio } from './ratio.ts';
import { freePort } from './reports-cluster.ts';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');
const args = process.argv.slice(2);
const sourceCold = !args.includes('--no-source-cold');
const at = args.indexOf('--help-runs');
const helpRuns = at >= 0 ? Number(args[at + 1]) : 5;
// The embedded PostgreSQL is measured: a DATABASE_URL in the environment must not replace it.
delete process.env.DATABASE_URL;
const PORT = await freePort();

async function waitForHealth(url: string, started: number, child: ChildProcess): Promise<number> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`it exited (${child.exitCode}) before ${url} answered`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return Date.now() - started;
    if (Date.now() - started > 120_000) throw new Error(`no answer from ${url}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function run(args: string[], env: Record<string, string>, healthUrl: string, dataDir = '') {
  const started = Date.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Kept so that a start that never answers says why.
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((r) => child.on('exit', r));
  const ms = await waitForHealth(healthUrl, started, child).catch((error: Error) => {
    child.kill('SIGTERM');
    throw new Error(`${error.message}; its output:\n${output}`);
  });
  await new Promise((r) => setTimeout(r, 1000));
  const pid = child.pid ?? 0;
  const memory = dataDir ? await appAndPostgresPss(pid, dataDir) : null;
  const mib = memory ? memory.totalMiB : (await pssKiB(pid)) / 1024;
  child.kill('SIGTERM');
  await exited;
  return { ms, mib, memory };
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
const sourceDir = sourceCold ? await mkdtemp(path.join(os.tmpdir(), 'helhed-bench-')) : dataDir;
await chmod(sourceDir, 0o755);
const fromSource = { ...env, HELHED_DATA_DIR: sourceDir, HELHED_FROM_SOURCE: '1' };
const fromSourceCold = sourceCold ? await run(cli, fromSource, health, sourceDir) : null;
const sourceWarm = await run(cli, fromSource, health, sourceDir);
await rm(dataDir, { recursive: true, force: true });
await rm(sourceDir, { recursive: true, force: true });

/** The median wall time of --help-runs runs of a command, in ms. */
function median(command: string[], extraEnv: Record<string, string> = {}): number {
  const times = Array.from({ length: helpRuns }, () => {
    const started = performance.now();
    spawnSync(process.execPath, command, { cwd: ROOT, env: { ...process.env, ...extraEnv } });
    return performance.now() - started;
  });
  return Math.round(times.sort((a, b) => a - b)[Math.floor(helpRuns / 2)] ?? 0);
}
const bareNode = median(['-e', '']);
const help = median([cli[0] as string, '--help']);
const sourceHelp = median([cli[0] as string, '--help'], { HELHED_FROM_SOURCE: '1' });

const ratio = (a: number, b: number) => (a / b).toFixed(1);
console.log(`baseline (bare Node HTTP server): ${baseline.ms} ms to answer, ${baseline.mib.toFixed(0)} MiB`);
console.log(`cold start (initdb + migrate + seed): ${cold.ms} ms = ${ratio(cold.ms, baseline.ms)}× baseline`);
console.log(`warm start: ${warm.ms} ms = ${ratio(warm.ms, baseline.ms)}× baseline`);
const coldFromSource = fromSourceCold ? `${fromSourceCold.ms} ms` : 'not measured';
console.log(
  `from source (tsx): cold ${coldFromSource}, warm ${sourceWarm.ms} ms = ${ratio(sourceWarm.ms, baseline.ms)}× baseline`,
);
const coldAgainstSource = fromSourceCold ? `cold ${ratio(cold.ms, fromSourceCold.ms)}×, ` : '';
console.log(`compiled against source: ${coldAgainstSource}warm ${ratio(warm.ms, sourceWarm.ms)}×`);
console.log(
  `helhed --help: ${help} ms compiled, ${sourceHelp} ms from source; bare \`node -e ''\` ${bareNode} ms = ${ratio(help, bareNode)}× baseline`,
);
const parts = warm.memory
  ? ` (app ${warm.memory.appMiB.toFixed(0)} MiB, PostgreSQL ${warm.memory.postgresMiB.toFixed(0)} MiB in ${warm.memory.postgresProcesses} processes)`
  : '';
console.log(
  `memory (PSS) after start, app + embedded PostgreSQL: ${cold.mib.toFixed(0)} MiB (cold), ${warm.mib.toFixed(0)} MiB (warm)${parts} = ${ratio(warm.mib, baseline.mib)}× baseline`,
);
printRatio('startup.cold', cold.ms / baseline.ms);
printRatio('startup.warm', warm.ms / baseline.ms);
printRatio('startup.warm-compiled-vs-source', warm.ms / sourceWarm.ms);
printRatio('startup.help', help / bareNode);
printRatio('startup.memory', warm.mib / baseline.mib);
