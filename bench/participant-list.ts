// The participant list at a real plan's size (issue 17): the Odense plan with the synthetic demo
// registrations for N residents (a participant each), a leader signed in over HTTP. Times, warm,
// the median and p95 of `--runs` requests for the first page, a three-character search, a sort by
// birth year and the last page; the baseline is a bare Fastify route answering the first page's
// JSON in the same run. Then Chromium opens /deltagere and waits for "Viser 1–50 af N" (build the
// web app first: npm run build:web).
// Run: npx tsx bench/participant-list.ts [--sizes 2000,20000] [--runs 30]   (DATABASE_URL: an
// existing server where the bench may create databases; otherwise a throwaway PostgreSQL 15)
import os from 'node:os';
import Fastify from 'fastify';
import pg from 'pg';
import { chromium } from 'playwright-core';
import { buildApp } from '../packages/server/src/app.ts';
import { seedOdensePlan } from '../packages/server/src/first-start.ts';
import { generateSyntheticData } from '../packages/server/src/modules/synthetic/index.ts';
import { createDatabase } from '../packages/server/src/platform/db/database.ts';
import { migrateToLatest } from '../packages/server/src/platform/db/migrate.ts';
import { signInBenchLeader } from './bench-leader.ts';
import { printRatio } from './ratio.ts';
import { startBenchCluster } from './reports-cluster.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
};
const sizes = option('sizes', '2000,20000').split(',').map(Number);
const runs = Number(option('runs', '30'));

const external = process.env.DATABASE_URL;
const cluster = external ? null : await startBenchCluster(os.tmpdir());
const adminUrl = external ?? (cluster?.url as string);
const withDatabase = (url: string, name: string) => url.replace(/\/[^/?]*(\?|$)/, `/${name}$1`);

async function timings(fetchOnce: () => Promise<unknown>): Promise<{ median: number; p95: number }> {
  await fetchOnce();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fetchOnce();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return {
    median: times[Math.floor(times.length / 2)] ?? 0,
    p95: times[Math.floor(times.length * 0.95)] ?? 0,
  };
}

async function measure(residents: number): Promise<void> {
  const name = `helhed_bench_list_${residents}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const { db } = createDatabase(withDatabase(adminUrl, name), 10);
  const app = await buildApp({ db, cookies: { secure: false }, retentionSchedule: false });
  const bare = Fastify();
  try {
    await migrateToLatest(db);
    const plan = await seedOdensePlan(db);
    let started = performance.now();
    await generateSyntheticData(db, { mode: 'demo', seed: 1, residents });
    console.log(
      `\n${residents} residents: demo data loaded in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const cookie = await signInBenchLeader(db, plan.id, base);
    const get = async (query: string) => {
      const response = await fetch(`${base}/api/v1/participants?${query}`, { headers: { cookie } });
      if (response.status !== 200) throw new Error(`${query}: ${response.status} ${await response.text()}`);
      return response.json() as Promise<{ participants: unknown[]; total: number }>;
    };
    const first = await get('');
    const lastOffset = Math.floor((first.total - 1) / 50) * 50;
    const body = JSON.stringify(first);
    bare.get('/first-page', async (_request, reply) => reply.type('application/json').send(body));
    const bareBase = await bare.listen({ port: 0, host: '127.0.0.1' });
    const baseline = await timings(() => fetch(`${bareBase}/first-page`).then((r) => r.json()));
    console.log(`  total ${first.total}; bare Fastify, same JSON: median ${baseline.median.toFixed(1)} ms`);
    for (const [name, label, query] of [
      ['first-page', 'first page (50)', ''],
      ['search', 'search "173"', 'q=173'],
      ['sorted', 'sorted by birth year', 'sort=birthYear'],
      ['last-page', 'last page', `offset=${lastOffset}`],
    ] as const) {
      const t = await timings(() => get(query));
      console.log(
        `  ${label.padEnd(22)} median ${t.median.toFixed(1).padStart(6)} ms, p95 ${t.p95.toFixed(1).padStart(6)} ms; ${(t.median / baseline.median).toFixed(1)}× the bare route`,
      );
      printRatio(`participant-list.${residents}.${name}`, t.median / baseline.median);
    }
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
    try {
      const context = await browser.newContext({ locale: 'da-DK' });
      const [cookieName, cookieValue] = cookie.split('=') as [string, string];
      await context.addCookies([{ name: cookieName, value: cookieValue, url: base }]);
      const page = await context.newPage();
      const shown: number[] = [];
      for (let i = 0; i < 6; i++) {
        started = performance.now();
        await page.goto(`${base}/deltagere`);
        await page.getByRole('status').filter({ hasText: 'Viser 1–50 af' }).waitFor({ timeout: 30_000 });
        if (i > 0) shown.push(performance.now() - started);
      }
      shown.sort((a, b) => a - b);
      console.log(`  browser: /deltagere to "Viser 1–50 af …", median of 5 loads ${shown[2]?.toFixed(0)} ms`);
    } finally {
      await browser.close();
    }
  } finally {
    await app.close();
    await bare.close();
    await db.destroy();
  }
}

try {
  for (const residents of sizes) await measure(residents);
} finally {
  await cluster?.stop();
}
