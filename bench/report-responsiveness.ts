// Does the server keep answering while it builds a report? (issue 18.) A fresh installation through
// the CLI (bench/support/fresh-install.ts: Odense plan, `--residents` synthetic residents, a leader)
// runs `helhed serve`; the health route is timed at rest (the baseline, in the same run), then asked
// every `--interval` ms while the leader's first quarterly report of `--quarter` is built (the LP
// audit of its discretion takes seconds). Prints the report's time and the health route's median
// and slowest answer at rest and during the build, and the ratio of the slowest answers. Before the
// audit ran in a worker thread, the slowest answer during the build was the whole build.
// Run: npx tsx bench/report-responsiveness.ts [--residents 2000] [--quarter 2025-Q1] [--interval 50]
import os from 'node:os';
import { printRatio } from './ratio.ts';
import { LAST_LOG, startFreshInstall } from './support/fresh-install.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
};
const residents = Number(option('residents', '2000'));
const quarter = option('quarter', '2025-Q1');
const interval = Number(option('interval', '50'));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function timedHealth(base: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${base}/api/health`);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`/api/health answered ${response.status}`);
  return performance.now() - started;
}

console.log(
  `report responsiveness, ${residents} residents, ${quarter}; ${os.cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
);
const install = await startFreshInstall({ residents });
try {
  const rest: number[] = [];
  for (let i = 0; i < 40; i++) {
    rest.push(await timedHealth(install.base));
    await pause(interval);
  }
  const during: number[] = [];
  let done = false;
  const started = performance.now();
  const report = fetch(`${install.base}/api/v1/reports/quarterly?quarter=${quarter}`, {
    headers: { cookie: install.cookie },
  }).then(async (response) => {
    const body = await response.text();
    done = true;
    if (response.status !== 200)
      throw new Error(`quarterly report: ${response.status} ${body.slice(0, 300)}`);
    return performance.now() - started;
  });
  while (!done) {
    during.push(await timedHealth(install.base));
    await pause(interval);
  }
  const took = await report;
  const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
  console.log(`first quarterly report: ${fmt(took)}`);
  console.log(
    `/api/health at rest:       median ${fmt(median(rest))}, slowest ${fmt(Math.max(...rest))} (${rest.length} asked)`,
  );
  console.log(
    `/api/health during build:  median ${fmt(median(during))}, slowest ${fmt(Math.max(...during))} (${during.length} asked)`,
  );
  printRatio('report-responsiveness:slowest-health-during-build', Math.max(...during) / Math.max(...rest));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error(`the server's output: ${LAST_LOG}`);
  process.exitCode = 1;
} finally {
  await install.stop();
}
