// Read routes under load (issue 18, item 2): how much the app's request path (session, gate, audit,
// validation, logging, queries) costs against the framework alone. A fresh installation through the
// CLI (Odense plan, `--residents` synthetic demo residents, a leader) runs `helhed serve` in its own
// process; for each route its JSON is fetched once and a bare Fastify server in another process
// answers that same JSON (the baseline, measured in the same run). After a short warm-up of each,
// autocannon loads the bare route and the app's route in turn, with the same connections, in
// `--rounds` alternating slices of `--duration` ÷ rounds seconds; each figure is the median slice.
// The table gives requests/s and p99 latency of both and their ratios; the target is at most 3×. Any non-2xx answer or socket error fails the run (exit code 1); requests without
// an answer after 10 s are counted as timeouts.
// Run: npx tsx bench/read-routes.ts [--duration 10] [--rounds 3] [--connections 100] [--warmup 2]
//        [--residents 2000] [--quarter 2025-Q1] [--only plan,goals,participants,quarterly]
//        [--profile DIR]   (the server runs with --cpu-prof and writes its profile into DIR)
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { printRatio } from './ratio.ts';
import { startBareRoute } from './support/bare-route.ts';
import { LAST_LOG, startFreshInstall } from './support/fresh-install.ts';

export interface ReadRoutesOptions {
  /** Seconds of load on each side per route, split into `rounds` alternating slices. */
  duration: number;
  rounds: number;
  connections: number;
  warmup: number;
  residents: number;
  quarter: string;
  only?: string[];
  profileDir?: string;
  say?: (line: string) => void;
}

export interface ReadRouteResult {
  route: string;
  bytes: number;
  bare: Figures;
  app: Figures;
  /** bare req/s ÷ app req/s and app p99 ÷ bare p99: how many times the app costs. */
  rpsRatio: number;
  p99Ratio: number;
}

const ROUTES = (quarter: string) => [
  { key: 'plan', label: 'GET /api/v1/plan', path: '/api/v1/plan' },
  { key: 'goals', label: 'GET /api/v1/plan/goals', path: '/api/v1/plan/goals' },
  { key: 'participants', label: 'participants, first page', path: '/api/v1/participants' },
  { key: 'quarterly', label: `quarterly ${quarter}`, path: `/api/v1/reports/quarterly?quarter=${quarter}` },
];

async function load(url: string, headers: Record<string, string>, connections: number, duration: number) {
  const result = await autocannon({ url, headers, connections, duration });
  // A timeout (no answer in 10 s) is slowness, shown in the table; a wrong answer or a broken socket fails.
  if (result.non2xx > 0 || result.errors > result.timeouts) {
    const codes = JSON.stringify(result.statusCodeStats ?? {});
    throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors (${codes})`);
  }
  return { rps: result.requests.average, p99: result.latency.p99, timeouts: result.timeouts };
}

type Figures = { rps: number; p99: number; timeouts: number };

function medianOf(slices: Figures[]): Figures {
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  };
  return {
    rps: median(slices.map((f) => f.rps)),
    p99: median(slices.map((f) => f.p99)),
    timeouts: slices.reduce((sum, f) => sum + f.timeouts, 0),
  };
}

export async function benchReadRoutes(options: ReadRoutesOptions): Promise<ReadRouteResult[]> {
  const say = options.say ?? ((line: string) => console.log(line));
  const install = await startFreshInstall({
    residents: options.residents,
    say,
    ...(options.profileDir
      ? { nodeArgs: ['--cpu-prof', '--cpu-prof-dir', path.resolve(options.profileDir)] }
      : {}),
  });
  const results: ReadRouteResult[] = [];
  try {
    const headers = { cookie: install.cookie };
    const all = ROUTES(options.quarter);
    // --only names the routes and their order.
    const routes = options.only ? options.only.map((key) => all.find((r) => r.key === key)) : all;
    for (const route of routes) {
      if (!route) throw new Error(`--only: the routes are ${all.map((r) => r.key).join(', ')}`);
      const url = `${install.base}${route.path}`;
      const response = await fetch(url, { headers });
      const body = await response.text();
      if (response.status !== 200)
        throw new Error(`${route.label}: ${response.status} ${body.slice(0, 300)}`);
      const bare = await startBareRoute(body, path.join(os.tmpdir(), `helhed-bench-read-${route.key}.json`));
      try {
        if (options.warmup > 0) await load(bare.url, {}, options.connections, options.warmup);
        if (options.warmup > 0) await load(url, headers, options.connections, options.warmup);
        // Bare and app take turns in `rounds` slices, so a change in the machine's other load
        // falls on both; each figure is the median of its slices.
        const slice = Math.max(1, Math.round(options.duration / options.rounds));
        const bareSlices: Figures[] = [];
        const appSlices: Figures[] = [];
        for (let round = 0; round < options.rounds; round++) {
          bareSlices.push(await load(bare.url, {}, options.connections, slice));
          appSlices.push(await load(url, headers, options.connections, slice));
        }
        const bareFigures = medianOf(bareSlices);
        const appFigures = medianOf(appSlices);
        const result = {
          route: route.label,
          bytes: Buffer.byteLength(body),
          bare: bareFigures,
          app: appFigures,
          rpsRatio: bareFigures.rps / appFigures.rps,
          p99Ratio: appFigures.p99 / bareFigures.p99,
        };
        results.push(result);
        say(`${route.label}: ${formatRow(result)}`);
      } finally {
        await bare.stop();
      }
    }
  } finally {
    await install.stop();
  }
  return results;
}

const HEADER = [
  'route',
  'KB',
  'bare req/s',
  'app req/s',
  'ratio',
  'bare p99',
  'app p99',
  'ratio',
  'timeouts',
];
const WIDTHS = [26, 6, 11, 10, 7, 9, 9, 7, 9];
const row = (cells: string[]) =>
  cells.map((cell, i) => (i === 0 ? cell.padEnd(WIDTHS[i] ?? 0) : cell.padStart(WIDTHS[i] ?? 0))).join(' ');

function formatRow(r: ReadRouteResult): string {
  return `${r.bare.rps.toFixed(0)} vs ${r.app.rps.toFixed(0)} req/s (${r.rpsRatio.toFixed(1)}×), p99 ${r.bare.p99} vs ${r.app.p99} ms (${r.p99Ratio.toFixed(1)}×)${r.app.timeouts ? `, ${r.app.timeouts} timeouts` : ''}`;
}

export function formatTable(results: ReadRouteResult[]): string {
  const lines = [row(HEADER)];
  for (const r of results)
    lines.push(
      row([
        r.route,
        (r.bytes / 1024).toFixed(1),
        r.bare.rps.toFixed(0),
        r.app.rps.toFixed(0),
        `${r.rpsRatio.toFixed(1)}×`,
        `${r.bare.p99} ms`,
        `${r.app.p99} ms`,
        `${r.p99Ratio.toFixed(1)}×`,
        String(r.bare.timeouts + r.app.timeouts),
      ]),
    );
  return lines.join('\n');
}

function optionsFromArgs(args: string[]): ReadRoutesOptions {
  const option = (name: string, fallback: string) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
  };
  const only = option('only', '');
  const profileDir = option('profile', '');
  return {
    duration: Number(option('duration', '10')),
    rounds: Number(option('rounds', '3')),
    connections: Number(option('connections', '100')),
    warmup: Number(option('warmup', '2')),
    residents: Number(option('residents', '2000')),
    quarter: option('quarter', '2025-Q1'),
    ...(only ? { only: only.split(',') } : {}),
    ...(profileDir ? { profileDir } : {}),
  };
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  const options = optionsFromArgs(process.argv.slice(2));
  console.log(
    `read routes, ${options.connections} connections, ${options.duration} s each in ${options.rounds} turns (warm-up ${options.warmup} s); ${os.cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
  );
  try {
    const results = await benchReadRoutes(options);
    console.log(`\n${formatTable(results)}`);
    for (const r of results) {
      printRatio(`read-routes:${r.route.replaceAll(' ', '_')}:req/s`, r.rpsRatio);
      printRatio(`read-routes:${r.route.replaceAll(' ', '_')}:p99`, r.p99Ratio);
    }
    const over = results.filter((r) => r.rpsRatio > 3 || r.p99Ratio > 3).map((r) => r.route);
    console.log(over.length === 0 ? '\nall within 3× the bare route' : `\nabove 3×: ${over.join(', ')}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    console.error(`the server's output: ${LAST_LOG}`);
    process.exitCode = 1;
  }
}
