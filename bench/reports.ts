// Quarterly report at national size (issue 5). Builds a synthetic dataset — at --scale 1: 200 plans,
// 1 000 000 residents, 3 000 000 forløb, 30 000 000 contacts — on a throwaway PostgreSQL 15 cluster
// (or DATABASE_URL), ANALYZEs, then times, warm, the median of --runs runs of: buildQuarterlyReport
// for one plan and for all plans, the JSON endpoint over real HTTP for one plan, and the same
// aggregation as one hand-written SQL statement run by psql (the baseline). Prints the ratios.
// Run: npx tsx bench/reports.ts [--scale 0.1] [--runs 5] [--warmup 3] [--quarter 2025-Q1] [--dir /tmp]
//      [--keep] [--all-timeout 900]; DATABASE_URL=… npx tsx bench/reports.ts --reuse times a dataset loaded before.
// --warmup: untimed runs before the timed ones (the all-plans report: one, or none with --warmup 0).
import { spawn } from 'node:child_process';
import os from 'node:os';
import pg from 'pg';
import { buildApp } from '../packages/server/src/app.ts';
import { buildQuarterlyReport } from '../packages/server/src/modules/reports/index.ts';
import { generateSyntheticData } from '../packages/server/src/modules/synthetic/index.ts';
import { createDatabase } from '../packages/server/src/platform/db/database.ts';
import { migrateToLatest } from '../packages/server/src/platform/db/migrate.ts';
import { signInBenchLeader } from './bench-leader.ts';
import { printRatio } from './ratio.ts';
import { startBenchCluster } from './reports-cluster.ts';
import { handWrittenQuarterlySql, handWrittenTotals } from './reports-sql.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? (args[at + 1] as string) : fallback;
};
const scale = Number(option('scale', '1'));
const runs = Number(option('runs', '5'));
const warmups = Number(option('warmup', '3'));
const quarter = option('quarter', '2025-Q1');
process.env.HELHED_ALERT_WORKER = '0';

const ms = (start: number) => performance.now() - start;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const fmt = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

async function timed(label: string, fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < warmups; i++) await fn(); // warm-up: JIT, plan caches, pool connections
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(ms(start));
  }
  const value = median(times);
  console.log(`  ${label}: median ${fmt(value)} ms (runs: ${times.map(fmt).join(', ')})`);
  return value;
}

/** Runs the statement with psql and returns psql's own \timing figure (server round trip) and the result. */
function psql(
  cluster: { psql: string; psqlArgs: string[] },
  text: string,
): Promise<{ ms: number; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      cluster.psql,
      [...cluster.psqlArgs, '-X', '-q', '-t', '-A', '-v', 'ON_ERROR_STOP=1'],
      {
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('close', (code) => {
      const time = /Time: ([\d.]+) ms/.exec(out);
      if (code !== 0 || !time) reject(new Error(`psql failed (${code}): ${err}`));
      else resolve({ ms: Number(time[1]), out: out.replace(/Time: .*\n?/, '').trim() });
    });
    child.stdin.end(`\\timing on\n${text};\n`);
  });
}

async function timedPsql(label: string, cluster: Parameters<typeof psql>[0], text: string) {
  let last = '';
  for (let i = 0; i < warmups; i++) await psql(cluster, text); // warm-up, as above
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await psql(cluster, text);
    times.push(result.ms);
    last = result.out;
  }
  const value = median(times);
  console.log(`  ${label}: median ${fmt(value)} ms (runs: ${times.map(fmt).join(', ')})`);
  return { ms: value, result: JSON.parse(last) as Record<string, never[]> };
}

const size = {
  plans: Math.max(1, Math.round(200 * scale)),
  residents: Math.round(1_000_000 * scale),
  cases: Math.round(3_000_000 * scale),
  contacts: Math.round(30_000_000 * scale),
};
console.log(
  `machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM; scale ${scale}:`,
);
console.log(
  `  ${size.plans} plans, ${size.residents} residents, ${size.cases} forløb, ${size.contacts} contacts`,
);

const external = process.env.DATABASE_URL;
const cluster = external ? null : await startBenchCluster(option('dir', os.tmpdir()));
const url = external ?? (cluster?.url as string);
const psqlBin = `${process.env.HELHED_BENCH_PG_BIN ?? '/usr/lib/postgresql/15/bin'}/psql`;
const psqlTarget = cluster ?? { psql: psqlBin, psqlArgs: [external as string] };
// --reuse (with DATABASE_URL): time a dataset an earlier run loaded (e.g. a cluster left by --keep).
const reuse = external !== undefined && args.includes('--reuse');
const { db } = createDatabase(url, 10);
try {
  let start = performance.now();
  await migrateToLatest(db);
  // The app starts before the data exists: its start-up retention run (registration module) then
  // finds nothing, instead of erasing synthetic participants while the timings run.
  const app = await buildApp({ db, cookies: { secure: true } });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  // With --reuse the data is there already: give that retention run (about 11 s at scale 1) time to end.
  await new Promise((resolve) => setTimeout(resolve, reuse ? 30_000 : 2000));
  const dataset = reuse
    ? {
        planIds: (
          await db
            .selectFrom('plan')
            .select('id')
            .where('slug', 'like', 'syntetisk-1-%')
            .orderBy('slug')
            .execute()
        ).map((row) => row.id),
      }
    : await generateSyntheticData(
        db,
        { mode: 'plans', seed: 1, ...size, fromYear: 2024, toYear: 2026, load: 'bulk' },
        (table, rows, took) =>
          console.log(`  loaded ${table}: ${rows} rows in ${(took / 1000).toFixed(1)} s`),
      );
  const loadSeconds = reuse ? 0 : ms(start) / 1000;
  start = performance.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('vacuum analyze');
  const bytes = (await client.query('select pg_database_size(current_database()) as b')).rows[0].b;
  await client.end();
  console.log(
    `load: ${loadSeconds.toFixed(0)} s; vacuum analyze: ${(ms(start) / 1000).toFixed(0)} s; database ${(Number(bytes) / 2 ** 30).toFixed(1)} GiB`,
  );

  const planId = dataset.planIds[0] as string;
  const cookie = await signInBenchLeader(db, planId, base);
  const endpoint = `${base}/api/v1/reports/quarterly?quarter=${quarter}`;

  console.log(`\ntimings for ${quarter} (median of ${runs} after ${warmups} warm-up runs):`);
  const reportOne = await timed('buildQuarterlyReport, one plan', () =>
    buildQuarterlyReport(db, { planId }, quarter),
  );
  const probe = await fetch(endpoint, { headers: { cookie } });
  const http =
    probe.status === 200
      ? await timed('GET /api/v1/reports/quarterly (HTTP, JSON), one plan', async () => {
          const response = await fetch(endpoint, { headers: { cookie } });
          if (response.status !== 200) throw new Error(`endpoint answered ${response.status}`);
          await response.json();
        })
      : Number.NaN;
  if (probe.status !== 200)
    console.log(`  endpoint: NOT MEASURED, it answered ${probe.status} ${await probe.text()}`);
  const quarterDates = {
    start: `${quarter.slice(0, 4)}-${['01-01', '04-01', '07-01', '10-01'][Number(quarter.slice(6)) - 1]}`,
    end: `${quarter.slice(0, 4)}-${['03-31', '06-30', '09-30', '12-31'][Number(quarter.slice(6)) - 1]}`,
  };
  const sqlOne = await timedPsql(
    'hand-written SQL in psql, one plan',
    psqlTarget,
    handWrittenQuarterlySql(quarterDates, planId),
  );
  const sqlAll = await timedPsql(
    'hand-written SQL in psql, all plans',
    psqlTarget,
    handWrittenQuarterlySql(quarterDates, null),
  );

  // All plans in a child process with a time limit; its totals must equal the hand-written query's.
  const all = await allPlans(url, Number(option('all-timeout', '900')));
  if (all.sqlTimes)
    console.log(
      `  reports module's SQL alone (its 10 aggregate queries, no discretion), all plans: median ${fmt(median(all.sqlTimes))} ms (runs: ${all.sqlTimes.map(fmt).join(', ')})`,
    );
  const reportAll = all.times ? median(all.times) : Number.NaN;
  if (all.times)
    console.log(
      `  buildQuarterlyReport, all plans: median ${fmt(reportAll)} ms (runs: ${all.times.map(fmt).join(', ')})`,
    );
  else
    console.log(`  buildQuarterlyReport, all plans: NOT FINISHED within ${option('all-timeout', '900')} s`);
  const expected = handWrittenTotals(sqlAll.result);
  if (all.totals) {
    const agree = JSON.stringify(expected) === JSON.stringify(all.totals);
    console.log(
      `\nall-plans totals, report vs hand-written SQL: ${agree ? 'equal' : 'DIFFERENT'} ${JSON.stringify(all.totals)}`,
    );
    if (!agree) console.log(`  hand-written: ${JSON.stringify(expected)}`);
  }

  console.log('\nratios (baseline: the hand-written SQL in psql, same run):');
  console.log(`  report, one plan:    ${(reportOne / sqlOne.ms).toFixed(2)}× (${fmt(reportOne)} ms)`);
  console.log(`  report, all plans:   ${(reportAll / sqlAll.ms).toFixed(2)}× (${fmt(reportAll)} ms)`);
  if (all.sqlTimes)
    console.log(
      `  report's SQL alone, all plans: ${(median(all.sqlTimes) / sqlAll.ms).toFixed(2)}× (${fmt(median(all.sqlTimes))} ms)`,
    );
  console.log(
    `  endpoint, one plan:  ${(http / sqlOne.ms).toFixed(2)}× (${fmt(http)} ms); target ≤ 1.5×, < 1000 ms`,
  );
  printRatio('reports.one-plan', reportOne / sqlOne.ms);
  printRatio('reports.all-plans', reportAll / sqlAll.ms);
  printRatio('reports.endpoint', http / sqlOne.ms);
  await Promise.race([app.close(), new Promise((r) => setTimeout(r, 5000))]);
} finally {
  await db.destroy();
  if (cluster && !args.includes('--keep')) await cluster.stop();
  else if (cluster) console.log(`cluster kept: ${cluster.url}`);
}
process.exit(0);

interface AllPlansResult {
  sqlTimes?: number[];
  times?: number[];
  totals?: unknown;
}

function allPlans(databaseUrl: string, timeoutSeconds: number): Promise<AllPlansResult> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'bench/reports-all-plans.ts',
        databaseUrl,
        quarter,
        String(runs),
        String(Math.min(1, warmups)),
      ],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutSeconds * 1000);
    child.on('close', () => {
      clearTimeout(timer);
      // One JSON object per line; a child stopped at the time limit has printed only the first.
      resolve(
        Object.assign(
          {},
          ...out
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line)),
        ),
      );
    });
  });
}
