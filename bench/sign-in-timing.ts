// Sign-in timing (issue 14, item 3): can an outsider tell a staff e-mail from an unknown one, or a
// throttled attempt from an evaluated one, by the time the answer takes? Starts a throwaway
// PostgreSQL 15 cluster (or uses DATABASE_URL), seeds the Odense plan and --users accounts, then
// sends, interleaved in random order through the whole app (inject, no socket), sign-ins with:
//   real   — a real e-mail and a wrong password,
//   unknown — an e-mail that is no account,
//   throttled — one e-mail whose account and (e-mail, address) pairs are past their free attempts.
// Every attempt but the throttled ones comes from a fresh address and no account gets more than a
// few attempts, so the throttle never cuts in. Prints median, interquartile range and p5–p95 for
// each, and the ratio of the medians against "real" (the baseline, measured in the same run).
// Run: npx tsx bench/sign-in-timing.ts [--attempts 300] [--users 60]
import os from 'node:os';
import { buildApp } from '../packages/server/src/app.ts';
import { seedOdensePlan } from '../packages/server/src/first-start.ts';
import { createDatabase } from '../packages/server/src/platform/db/database.ts';
import { migrateToLatest } from '../packages/server/src/platform/db/migrate.ts';
import { systemActor } from '../packages/server/src/platform/db/transaction.ts';
import { createUser } from '../packages/server/src/platform/users/service.ts';
import { printRatio } from './ratio.ts';
import { startBenchCluster } from './reports-cluster.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? Number(args[at + 1]) : fallback;
};
const attempts = option('attempts', 300);
const users = option('users', 60);
process.env.HELHED_ALERT_WORKER = '0';

type Kind = 'real' | 'unknown' | 'throttled';
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;

const external = process.env.DATABASE_URL;
const cluster = external ? null : await startBenchCluster(os.tmpdir());
const { db } = createDatabase(external ?? (cluster?.url as string), 5);
try {
  await migrateToLatest(db);
  const plan = await seedOdensePlan(db);
  for (let i = 0; i < users; i++) {
    await createUser(db, systemActor('bench', plan.id), plan.id, {
      clientKey: crypto.randomUUID(),
      email: `medarbejder${i}@bench.dk`,
      displayName: `Medarbejder ${i}`,
      role: 'worker',
      password: 'den rigtige adgangskode er lang nok',
    });
  }
  const app = await buildApp({ db, cookies: { secure: true } });
  await app.ready();
  let address = 0;
  const freshAddress = () => {
    address++;
    return `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
  };
  const signIn = async (email: string, remoteAddress: string) => {
    const start = process.hrtime.bigint();
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      remoteAddress,
      payload: { email, password: 'forkert adgangskode hver gang' },
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    return { ms, status: response.statusCode, body: response.body };
  };
  // Throttle one account from 40 addresses first (not timed): every pair is past its free attempts
  // and the account itself is past its own. The timed attempts cycle through the 40 addresses, so
  // the route's per-address flood limit (20 a minute, the same for any e-mail) never answers them.
  const throttledFrom = Array.from({ length: 40 }, (_, i) => `192.0.2.${i + 1}`);
  for (const address of throttledFrom)
    for (let i = 0; i < 5; i++) await signIn('medarbejder0@bench.dk', address);
  let nextThrottled = 0;
  const order: Kind[] = [];
  for (let i = 0; i < attempts; i++) order.push('real', 'unknown', 'throttled');
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [order[i], order[j]] = [order[j] as Kind, order[i] as Kind];
  }
  for (let i = 0; i < 20; i++) await signIn(`opvarmning${i}@bench.dk`, freshAddress()); // JIT, pool
  const times: Record<Kind, number[]> = { real: [], unknown: [], throttled: [] };
  const answers = new Set<string>();
  const next = { real: 0, unknown: 0 };
  for (const kind of order) {
    const result =
      kind === 'throttled'
        ? await signIn(
            'medarbejder0@bench.dk',
            throttledFrom[nextThrottled++ % throttledFrom.length] as string,
          )
        : kind === 'real'
          ? await signIn(`medarbejder${1 + (next.real++ % (users - 1))}@bench.dk`, freshAddress())
          : await signIn(`ukendt${next.unknown++}@bench.dk`, freshAddress());
    times[kind].push(result.ms);
    answers.add(`${result.status} ${result.body}`);
  }
  console.log(`machine: ${os.cpus().length} cores; ${attempts} attempts of each kind, interleaved`);
  console.log(`distinct answers (status and body) over all attempts: ${answers.size}`);
  for (const answer of answers) console.log(`  ${answer}`);
  const baseline = quantile(
    [...times.real].sort((a, b) => a - b),
    0.5,
  );
  for (const kind of ['real', 'unknown', 'throttled'] as const) {
    const sorted = [...times[kind]].sort((a, b) => a - b);
    const median = quantile(sorted, 0.5);
    const fmt = (v: number) => v.toFixed(1);
    console.log(
      `  ${kind.padEnd(9)} median ${fmt(median)} ms, IQR ${fmt(quantile(sorted, 0.25))}–${fmt(quantile(sorted, 0.75))}, p5–p95 ${fmt(quantile(sorted, 0.05))}–${fmt(quantile(sorted, 0.95))} ms; ratio to real ${(median / baseline).toFixed(3)}×`,
    );
    if (kind !== 'real') printRatio(`sign-in.${kind}`, median / baseline);
  }
  await app.close();
} finally {
  await db.destroy();
  await cluster?.stop();
}
