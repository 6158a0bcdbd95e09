// Alerts 500 contacts (--contacts) through a local SMTP server and prints the time from activating
// the plan to the last message accepted, next to a plain nodemailer loop sending the same messages in the
// same run (the ratio is the figure to compare across machines; target ≤ 1,5×), and the escalation
// timing error: when each unacknowledged alert was escalated against when it was due.
// Both sides are the median of --rounds rounds (5).
// Run: npx tsx bench/alerts-smtp.ts [--contacts 500] [--rounds 5]   (DATABASE_URL=… to use a
// PostgreSQL server instead of the embedded one)
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { buildApp } from '../packages/server/src/app.ts';
import { seedOdensePlan } from '../packages/server/src/first-start.ts';
import { alertingConfigFromEnv, seedAlertingForPlan } from '../packages/server/src/modules/alerting/index.ts';
import { migrateToLatest } from '../packages/server/src/platform/db/migrate.ts';
import { openDatabase } from '../packages/server/src/platform/db/open-database.ts';
import { systemActor, withTransaction } from '../packages/server/src/platform/db/transaction.ts';
import { createUser } from '../packages/server/src/platform/users/service.ts';
import { printRatio } from './ratio.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? Number(args[at + 1]) : fallback;
};
const CONTACTS = option('contacts', 500);
const ESCALATION_SECONDS = 3;
const MAX_CONNECTIONS = 5;
const PASSWORD = 'bench-adgangskode-2026';
const ROUNDS = option('rounds', 5);
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

// The SMTP server counts accepted messages; `onAccepted` lets each measurement wait for its own.
let accepted = 0;
let lastAcceptedAt = 0;
const smtp = new SMTPServer({
  disabledCommands: ['STARTTLS', 'AUTH'],
  authOptional: true,
  logger: false,
  onData(stream, _session, callback) {
    stream.on('data', () => undefined);
    stream.on('end', () => {
      accepted += 1;
      lastAcceptedAt = performance.now();
      callback();
    });
  },
});
await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
const smtpPort = (smtp.server.address() as { port: number }).port;

async function waitForAccepted(count: number): Promise<number> {
  const deadline = Date.now() + 300_000;
  while (accepted < count) {
    if (Date.now() > deadline) throw new Error(`only ${accepted} of ${count} messages accepted`);
    await new Promise((r) => setTimeout(r, 5));
  }
  return lastAcceptedAt;
}

const dataDir = process.env.DATABASE_URL ? undefined : await mkdtemp(path.join(os.tmpdir(), 'helhed-bench-'));
if (dataDir) await chmod(dataDir, 0o755);
const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir });
const { db } = database;
try {
  await migrateToLatest(db);
  const plan = await seedOdensePlan(db);
  await seedAlertingForPlan(db, plan.id);
  const email = `bench-${Date.now()}@bench.test`;
  await createUser(db, systemActor('bench', plan.id), plan.id, {
    clientKey: crypto.randomUUID(),
    email,
    displayName: 'Bench',
    role: 'leader',
    password: PASSWORD,
    mustChangePassword: false,
  });
  const org = await db
    .selectFrom('alert_organisation')
    .select('id')
    .where('plan_id', '=', plan.id)
    .executeTakeFirstOrThrow();
  await withTransaction(db, systemActor('bench', plan.id), async (trx) => {
    await trx
      .insertInto('alert_contact')
      .values(
        Array.from({ length: CONTACTS }, (_, i) => ({
          plan_id: plan.id,
          client_key: crypto.randomUUID(),
          organisation_id: org.id,
          contact_group: 'ssp_fu',
          role_title: 'Medlem',
          full_name: `Kontakt ${i + 1}`,
          email: `kontakt${i + 1}@bench.test`,
        })),
      )
      .execute();
    await trx
      .updateTable('alert_setting')
      .set({ escalation_seconds: ESCALATION_SECONDS })
      .where('plan_id', '=', plan.id)
      .execute();
  });

  const config = {
    ...alertingConfigFromEnv({}),
    smtpUrl: `smtp://127.0.0.1:${smtpPort}?tls=off`,
    smtpMaxConnections: MAX_CONNECTIONS,
    publicUrl: 'http://localhost:3000',
    pollIntervalMs: 100,
  };
  const app = await buildApp({ db, cookies: { secure: true }, alerting: config });
  await app.ready();
  const signIn = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { email, password: PASSWORD },
  });
  const cookie = signIn.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const headers = { cookie, 'x-csrf-token': signIn.json().csrfToken as string };
  // One round: raise an incident, activate the plan (an alert, message and timer per contact in one
  // transaction), and wait until the local SMTP server has accepted them all.
  async function activationRound() {
    const raised = await app.inject({
      method: 'POST',
      url: '/api/v1/alerting/incidents',
      headers,
      payload: {
        clientKey: crypto.randomUUID(),
        level: 'red',
        category: 'skyderi',
        description: 'Benchmark',
        location: 'Vollsmose',
        occurredAt: new Date().toISOString(),
      },
    });
    const incidentId = raised.json().id as string;
    const before = accepted;
    const started = performance.now();
    const activated = await app.inject({
      method: 'POST',
      url: `/api/v1/alerting/incidents/${incidentId}/activate`,
      headers,
    });
    if (activated.json().alerted !== CONTACTS) throw new Error(`activation: ${activated.body}`);
    const activationMs = performance.now() - started;
    const totalMs = (await waitForAccepted(before + CONTACTS)) - started;
    return { incidentId, activationMs, totalMs };
  }
  const first = await activationRound();
  const { incidentId, activationMs } = first;
  const helhedRounds = [first.totalMs];

  // 2. The escalation timers: all are due ESCALATION_SECONDS after activation.
  const deadline = Date.now() + 120_000;
  for (;;) {
    const done = await db
      .selectFrom('alert')
      .select((eb) => eb.fn.count<string>('escalated_at').as('n'))
      .executeTakeFirstOrThrow();
    if (Number(done.n) >= CONTACTS) break;
    if (Date.now() > deadline) throw new Error('escalations did not finish');
    await new Promise((r) => setTimeout(r, 50));
  }
  const delays = (
    await db
      .selectFrom('alert as a')
      .innerJoin('alert_job as j', 'j.alert_id', 'a.id')
      .select(['a.escalated_at', 'j.due_at'])
      .where('j.kind', '=', 'escalate')
      .where('a.escalated_at', 'is not', null)
      .execute()
  )
    .map((r) => (r.escalated_at as Date).getTime() - r.due_at.getTime())
    .sort((x, y) => x - y);
  // Further rounds with escalation out of the way, so that only delivery is timed.
  await withTransaction(db, systemActor('bench', plan.id), (trx) =>
    trx
      .updateTable('alert_setting')
      .set({ escalation_seconds: 3600 })
      .where('plan_id', '=', plan.id)
      .execute(),
  );
  while (helhedRounds.length < ROUNDS) helhedRounds.push((await activationRound()).totalMs);
  const helhedMs = median(helhedRounds);
  await app.close();

  // 3. Baseline: the same messages, sent by a plain loop with nodemailer directly.
  const messages = await db
    .selectFrom('outbound_message')
    .select(['recipient', 'subject', 'body'])
    .where('incident_id', '=', incidentId)
    .where('channel', '=', 'email')
    .orderBy('created_at')
    .limit(CONTACTS + 10)
    .execute();
  const batch = messages.filter((m) => m.subject.includes('Beredskab:')).slice(-CONTACTS);
  const transporter = nodemailer.createTransport({
    host: '127.0.0.1',
    port: smtpPort,
    ignoreTLS: true,
    pool: true,
    maxConnections: 1,
  });
  const loopRounds: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const loopBefore = accepted;
    const loopStarted = performance.now();
    for (const m of batch) {
      await transporter.sendMail({
        from: config.mailFrom,
        to: m.recipient,
        subject: m.subject,
        text: m.body,
      });
    }
    loopRounds.push((await waitForAccepted(loopBefore + batch.length)) - loopStarted);
  }
  const loopMs = median(loopRounds);
  transporter.close();

  const pct = (p: number) => delays[Math.min(delays.length - 1, Math.floor((p / 100) * delays.length))] ?? 0;
  const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
  console.log(`Beredskab: ${CONTACTS} kontakter varslet via lokal SMTP (${MAX_CONNECTIONS} forbindelser)`);
  console.log(
    `  aktivering → sidste besked modtaget: ${fmt(helhedMs)} (median af ${ROUNDS} runder: ${helhedRounds.map(fmt).join(', ')})`,
  );
  console.log(`  heraf aktiveringen (${CONTACTS} varsler, beskeder og timere gemt): ${fmt(activationMs)}`);
  console.log(
    `  ren nodemailer-løkke, samme ${batch.length} beskeder: ${fmt(loopMs)} (median af ${ROUNDS}: ${loopRounds.map(fmt).join(', ')})`,
  );
  console.log(`  forhold: ${(helhedMs / loopMs).toFixed(2)}× (mål ≤ 1,5×)`);
  console.log(
    `Eskalering efter ${ESCALATION_SECONDS} s for ${delays.length} ukvitterede varsler, forsinkelse ud over forfaldstid:`,
  );
  console.log(`  min ${fmt(pct(0))}, median ${fmt(pct(50))}, p95 ${fmt(pct(95))}, max ${fmt(pct(100))}`);
  printRatio('alerts-smtp.delivery', helhedMs / loopMs);
} finally {
  await database.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
