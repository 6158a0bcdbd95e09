// Bulk import of participants (issue 17) at a spreadsheet's size: the Odense plan with a team and
// a leader signed in over HTTP. For each size, a CSV of N new participants is tried (dry run) and
// then imported; the baseline, measured in the same run, is the same N participants registered one
// by one through POST /participants, as a client without the import would. Prints the times and the
// ratio to the baseline, and the server's resident memory after each step.
// Run: npx tsx bench/bulk-import.ts [--sizes 300,3000]   (DATABASE_URL: an existing server where
// the bench may create databases; otherwise a throwaway PostgreSQL 15)
import os from 'node:os';
import pg from 'pg';
import { buildApp } from '../packages/server/src/app.ts';
import { seedOdensePlan } from '../packages/server/src/first-start.ts';
import { createDatabase } from '../packages/server/src/platform/db/database.ts';
import { migrateToLatest } from '../packages/server/src/platform/db/migrate.ts';
import { systemActor, withTransaction } from '../packages/server/src/platform/db/transaction.ts';
import { signInBenchLeader } from './bench-leader.ts';
import { printRatio } from './ratio.ts';
import { startBenchCluster } from './reports-cluster.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--sizes');
const sizes = (at >= 0 ? (args[at + 1] ?? '') : '300,3000').split(',').map(Number);

const external = process.env.DATABASE_URL;
const cluster = external ? null : await startBenchCluster(os.tmpdir());
const adminUrl = external ?? (cluster?.url as string);
const withDatabase = (url: string, name: string) => url.replace(/\/[^/?]*(\?|$)/, `/${name}$1`);
const FIRST = [
  'Amina',
  'Fatima',
  'Hodan',
  'Layla',
  'Sara',
  'Omar',
  'Ali',
  'Yusuf',
  'Karim',
  'Ida',
  'Mette',
  'Jonas',
];
const LAST = [
  'Hassan',
  'Jensen',
  'Yilmaz',
  'Nielsen',
  'Ahmed',
  'Larsen',
  'Öztürk',
  'Mohamud',
  'Berg',
  'Holm',
];
const nameOf = (prefix: string, i: number) =>
  `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${prefix}${Math.floor(i / 120)}`;
const memory = () => `${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`;

async function measure(rows: number): Promise<void> {
  const name = `helhed_bench_import_${rows}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const { db } = createDatabase(withDatabase(adminUrl, name), 10);
  const app = await buildApp({ db, cookies: { secure: false }, retentionSchedule: false });
  try {
    await migrateToLatest(db);
    const plan = await seedOdensePlan(db);
    await withTransaction(db, systemActor('bench', plan.id), (trx) =>
      trx.insertInto('team').values({ plan_id: plan.id, name: 'Bench-team' }).execute(),
    );
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const cookie = await signInBenchLeader(db, plan.id, base);
    const csrf = (
      (await (await fetch(`${base}/api/v1/auth/session`, { headers: { cookie } })).json()) as {
        csrfToken: string;
      }
    ).csrfToken;
    const headers = { cookie, 'x-csrf-token': csrf };
    const teamId = (
      await db.selectFrom('team').select('id').where('name', '=', 'Bench-team').executeTakeFirstOrThrow()
    ).id;

    let started = performance.now();
    for (let i = 0; i < rows; i++) {
      const response = await fetch(`${base}/api/v1/participants`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({
          clientKey: crypto.randomUUID(),
          displayName: nameOf('A', i),
          birthYear: 1960 + (i % 50),
          gender: 'unspecified',
          teamId,
          consent: {
            givenOn: '2026-09-01',
            forRegistration: true,
            forStatistics: i % 2 === 0,
            forPartnerContact: false,
          },
        }),
      });
      if (response.status !== 201) throw new Error(`one by one: ${response.status} ${await response.text()}`);
    }
    const baseline = performance.now() - started;
    console.log(
      `\n${rows} participants, one by one through POST /participants: ${(baseline / 1000).toFixed(2)} s (baseline); ${memory()}`,
    );

    const csv = [
      'navn;fødselsår;team;samtykke givet;statistik',
      ...Array.from(
        { length: rows },
        (_, i) => `${nameOf('B', i)};${1960 + (i % 50)};Bench-team;01-09-2026;${i % 2 ? 'nej' : 'ja'}`,
      ),
    ].join('\n');
    for (const mode of ['dry-run', 'commit'] as const) {
      started = performance.now();
      const response = await fetch(`${base}/api/v1/participant-imports?mode=${mode}`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'text/csv' },
        body: csv,
      });
      const report = (await response.json()) as { counts: Record<string, number> };
      const took = performance.now() - started;
      if (response.status !== 200) throw new Error(`${mode}: ${response.status} ${JSON.stringify(report)}`);
      console.log(
        `  import ${mode.padEnd(7)} ${(took / 1000).toFixed(2).padStart(6)} s, ${(took / rows).toFixed(1)} ms a row; ${(took / baseline).toFixed(2)}× the baseline; counts ${JSON.stringify(report.counts)}; ${memory()}`,
      );
      printRatio(`bulk-import.${rows}.${mode}`, took / baseline);
    }
  } finally {
    await app.close();
    await db.destroy();
  }
}

try {
  for (const rows of sizes) await measure(rows);
} finally {
  await cluster?.stop();
}
