// Child process of bench/reports.ts: times buildQuarterlyReport for all plans, so that the parent
// can stop it after a time limit (the report's work is partly synchronous JavaScript, which no
// promise timeout can interrupt). First times the module's SQL alone and prints { sqlTimes }, then
// the whole report and prints { times, totals }, one JSON line each.
// Usage: node --import tsx bench/reports-all-plans.ts DATABASE_URL QUARTER RUNS [WARMUPS (1)]
import { buildQuarterlyReport } from '../packages/server/src/modules/reports/index.ts';
import {
  countAreaEvents,
  countCases,
  countPersons,
  countReferrals,
  countSessions,
} from '../packages/server/src/modules/reports/queries/quarterly.ts';
import { createDatabase } from '../packages/server/src/platform/db/database.ts';

const [url, quarter, runs, warmupArg] = process.argv.slice(2) as [string, string, string, string?];
const warmups = Number(warmupArg ?? 1);
const rounds = warmups + Number(runs);
const { db } = createDatabase(url, 10);
const planIds = (await db.selectFrom('plan').select('id').execute()).map((row) => row.id);
const queries = [countCases, countReferrals, countPersons, countSessions, countAreaEvents];
const year = Number(quarter.slice(0, 4));
const number = Number(quarter.slice(6)) - 1;
const periods = [year, year - 1].map((y) => ({
  start: `${y}-${['01-01', '04-01', '07-01', '10-01'][number]}`,
  end: `${y}-${['03-31', '06-30', '09-30', '12-31'][number]}`,
}));
// The reports module's own SQL alone (both quarters, in parallel as the module runs it), no discretion.
const sqlTimes: number[] = [];
for (let i = 0; i < rounds; i++) {
  const start = performance.now();
  await Promise.all(periods.flatMap((period) => queries.map((query) => query(db, planIds, period))));
  if (i >= warmups) sqlTimes.push(performance.now() - start);
}
process.stdout.write(`${JSON.stringify({ sqlTimes })}\n`);
const times: number[] = [];
let report: Awaited<ReturnType<typeof buildQuarterlyReport>> | null = null;
for (let i = 0; i < rounds; i++) {
  const start = performance.now();
  report = await buildQuarterlyReport(db, { allPlans: true }, quarter);
  if (i >= warmups) times.push(performance.now() - start); // the first WARMUPS runs warm up
  process.stderr.write(`  all plans, run ${i}: ${(performance.now() - start).toFixed(0)} ms\n`);
}
const totals = report && {
  casesActive: report.totals.casesActive,
  referrals: report.totals.referralsReceived.total,
  uniqueParticipants: report.totals.uniqueParticipants,
  safetyContacts: report.totals.safetyContacts,
};
process.stdout.write(`${JSON.stringify({ times, totals })}\n`);
await db.destroy();
