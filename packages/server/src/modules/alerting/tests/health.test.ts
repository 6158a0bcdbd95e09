import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AlertList,
  buildAlertingTestApp,
  enterAlertList,
  putOnCall,
  raiseIncident,
} from '../../../../test/alerting-test-app.ts';
import { addUser, as, type Session, signIn, type TestApp } from '../../../../test/build-test-app.ts';
import { type SmtpCapture, startSmtpCapture } from '../../../../test/smtp-capture.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';

const POLL_MS = 300;
const MAIL_FAILING_MS = 1_500;

async function raise(t: TestApp, who: Session, category: string) {
  const response = await raiseIncident(t.app, who, {
    category,
    description: 'Prøve af varslingens tilstand.',
    location: 'Vollsmose',
  });
  expect(response.statusCode).toBe(201);
}

/** The public health answer: anything that names a person or an address would show up here. */
function expectNoPersonalData(body: string, list: AlertList, extra: string[]) {
  expect(body).not.toMatch(/@/);
  for (const word of ['Chefvagt', 'Test ', 'ECONNREFUSED', 'ssp.test', list.chief, ...extra]) {
    expect(body).not.toContain(word);
  }
}

// Stopping the SMTP server turns GET /api/health/alerting and the overview's status red; mail that
// failed meanwhile is delivered once the server is back, and the health turns green again.
describe.each(TEST_DATABASES)('the alert path proves it is alive (%s)', (kind) => {
  let t: TestApp;
  let smtp: SmtpCapture;
  let leader: Session;
  let list: AlertList;

  beforeAll(async () => {
    smtp = await startSmtpCapture(0, { closeTimeoutMs: 50 });
    t = await buildAlertingTestApp(kind, {
      smtpUrl: smtp.url,
      pollIntervalMs: POLL_MS,
      mailFailingAfterMs: MAIL_FAILING_MS,
    });
    await addUser(t.db, t.planId, 'alerting', 'ssp-leder@ssp.test');
    leader = await signIn(t.app, 'ssp-leder@ssp.test');
    list = await enterAlertList(t.app, leader);
    const shift = await putOnCall(t.app, leader, list.chief);
    expect(shift.statusCode).toBe(201);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  const health = () => t.app.inject({ method: 'GET', url: '/api/health/alerting' });
  const status = async () =>
    (await t.app.inject({ url: '/api/v1/alerting/status', headers: as(leader) })).json();
  const emailOf = async () =>
    (await status()).channels.find((c: { channel: string }) => c.channel === 'email');

  it('answers 200 while the worker runs and mail goes through; the overview shows the last delivery', async () => {
    await expect.poll(async () => (await health()).statusCode, { timeout: 10_000 }).toBe(200);
    await raise(t, leader, 'prøve før stop');
    await smtp.waitFor((m) => m.to.includes('chefvagt@ssp.test'));
    await expect.poll(async () => (await emailOf()).state, { timeout: 10_000 }).toBe('ok');
    const email = await emailOf();
    expect(email.lastOkAt).not.toBeNull();
    expect(email.lastFailureAt).toBeNull();
    const body = (await health()).json();
    expect(body).toMatchObject({ status: 'ok', worker: { ok: true }, email: { state: 'ok' } });
  });

  it('needs no session and gives nobody a name, an address or an error text', async () => {
    const response = await health();
    expect(response.headers['cache-control']).toContain('no-store');
    expectNoPersonalData(response.body, list, [list.fuPolice]);
    const status = await t.app.inject({ url: '/api/v1/alerting/status' });
    expect(status.statusCode).toBe(401);
  });

  it('turns red when the SMTP server stops, and green again when it is back', async () => {
    const port = smtp.port;
    await smtp.close();
    await raise(t, leader, 'prøve efter stop');
    // The overview: failing at the first failed attempt, with the reason and the queued message.
    await expect.poll(async () => (await emailOf()).state, { timeout: 10_000 }).toBe('failing');
    const email = await emailOf();
    expect(email.lastFailureReason).toMatch(/ECONNREFUSED|connect/i);
    expect(email.queued).toBeGreaterThanOrEqual(1);
    expect(email.oldestQueuedSeconds).toBeGreaterThanOrEqual(0);
    // The health endpoint: 503 once every attempt has failed for longer than the threshold.
    await expect.poll(async () => (await health()).statusCode, { timeout: 15_000 }).toBe(503);
    const red = await health();
    expect(red.json()).toMatchObject({
      status: 'failing',
      worker: { ok: true },
      email: { state: 'failing' },
    });
    expect(red.json().email.failingForSeconds).toBeGreaterThanOrEqual(1);
    expectNoPersonalData(red.body, list, []);
    expect((await status()).healthy).toBe(false);

    smtp = await startSmtpCapture(port, { closeTimeoutMs: 50 });
    // The failed alert is retried (10 s after its first attempt) and arrives: delayed, not dropped.
    const late = await smtp.waitFor((m) => m.to.includes('chefvagt@ssp.test'), 30_000);
    expect(late.subject).toContain('prøve efter stop');
    await expect.poll(async () => (await health()).statusCode, { timeout: 10_000 }).toBe(200);
    expect((await emailOf()).state).toBe('ok');
  }, 60_000);
});

describe.each(TEST_DATABASES)('a process without a worker (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildAlertingTestApp(kind, { runWorker: false, pollIntervalMs: 200 });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('is 503 until some worker beats, and 503 again once the beat is older than two intervals', async () => {
    const before = await t.app.inject({ url: '/api/health/alerting' });
    expect(before.statusCode).toBe(503);
    expect(before.json().worker).toEqual({ ok: false, secondsSinceLastRun: null });
    const workerId = crypto.randomUUID();
    await sql`insert into alert_worker_beat (worker_id, beat_at) values (${workerId}, now())`.execute(t.db);
    expect((await t.app.inject({ url: '/api/health/alerting' })).statusCode).toBe(200);
    await sql`update alert_worker_beat set beat_at = now() - interval '401 milliseconds'`.execute(t.db);
    const after = await t.app.inject({ url: '/api/health/alerting' });
    expect(after.statusCode).toBe(503);
    expect(after.json().worker.ok).toBe(false);
  });
});
