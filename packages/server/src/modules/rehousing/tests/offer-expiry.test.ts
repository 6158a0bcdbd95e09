import { da } from '@helhed/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/build-test-app.ts';
import { type SmtpCapture, startSmtpCapture } from '../../../../test/smtp-capture.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { createMailer, type Mailer, mailSettingsFromEnv } from '../../../platform/mail/index.ts';
import { today } from '../service/clock.ts';
import { runRehousingJobs } from '../service/reminders.ts';
import { addEvent, addMember, addTeam, call, createHousehold, createPhase } from './support.ts';

function plusDays(days: number): string {
  const date = new Date(`${today()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

interface Detail {
  household: { status: string };
  events: Array<{ id: string; type: string; occurredOn: string; offerId: string | null; voided: boolean }>;
}

// Issue 17: an offer whose answer deadline passes without an answer becomes "udløbet" by itself,
// once, and the responsible worker is told once. Tried as the job's second run, a mail scanner-free
// SMTP, a late answer, a worker who knows the family answered in time, and two jobs at once.
describe.each(TEST_DATABASES)('genhusning: offers past their deadline expire (%s)', (kind) => {
  let t: TestApp;
  let smtp: SmtpCapture;
  let mailer: Mailer;
  let worker: Session;
  let phaseId: string;
  const settings = { daysBefore: 3, publicUrl: 'http://helhed.test', pollIntervalMs: 1000 };

  const detail = async (id: string) =>
    (await call(t, worker, 'GET', `/api/v1/rehousing/households/${id}`)).json() as Detail;
  const offer = (id: string, deadline: number) =>
    addEvent(t, worker, id, {
      type: 'offer_made',
      occurredOn: plusDays(-14),
      organisation: 'Civica',
      answerDeadline: plusDays(deadline),
    });
  const household = (name: string) => createHousehold(t, worker, phaseId, { contactName: name });

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    mailer = createMailer({ ...mailSettingsFromEnv({}), smtpUrl: smtp.url });
    t = await buildTestApp(kind);
    const team = await addTeam(t.db, t.planId, 'Genhusning');
    const leader = (await addMember(t, 'leader', 'leder@helhed.test', team)).session;
    worker = (await addMember(t, 'worker', 'mette@helhed.test', team)).session;
    phaseId = await createPhase(t, leader, 'Etape 2 – Bøgeparken');
  }, 120_000);
  afterAll(async () => {
    mailer?.close();
    await t?.close();
    await smtp?.close();
  });

  it('expires an unanswered offer the day after its deadline, once, and tells the worker once', async () => {
    const id = await household('Familien Udløb (fiktiv)');
    const offerId = await offer(id, -3);
    const open = await household('Familien Frist i dag (fiktiv)');
    await offer(open, 0);
    expect((await detail(id)).household.status).toBe('offered');

    expect(await runRehousingJobs(t.db, mailer, settings, today())).toMatchObject({ expired: 1 });
    const after = await detail(id);
    expect(after.household.status).toBe('waiting');
    const expiry = after.events.at(-1);
    expect(expiry).toMatchObject({ type: 'offer_expired', offerId, occurredOn: plusDays(-2), voided: false });
    // An offer whose deadline is today is still open.
    expect((await detail(open)).household.status).toBe('offered');

    const mail = await smtp.waitFor((m) => m.subject.includes('udløbet'));
    expect(mail.to).toContain('mette@helhed.test');
    expect(mail.text).toContain('Familien Udløb (fiktiv)');
    expect(mail.text).toContain(`/genhusning/husstande/${id}`);

    expect(await runRehousingJobs(t.db, mailer, settings, today())).toMatchObject({ expired: 0 });
    expect(smtp.mails.filter((m) => m.subject.includes('udløbet'))).toHaveLength(1);
    const audit = await sql<{ actor_label: string; action: string }>`
      select actor_label, action from audit_event where entity_type = 'household_event' and entity_id = ${expiry?.id}`.execute(
      t.db,
    );
    expect(audit.rows).toEqual([{ actor_label: 'system:genhusning-udløb', action: 'create' }]);
  });

  it('refuses a late answer in Danish and saves nothing; a voided expiry is never made again', async () => {
    const id = await household('Familien Sent svar (fiktiv)');
    const offerId = await offer(id, -5);
    await runRehousingJobs(t.db, mailer, settings, today());
    const before = await detail(id);
    const late = await call(t, worker, 'POST', `/api/v1/rehousing/households/${id}/events`, {
      clientKey: crypto.randomUUID(),
      type: 'offer_accepted',
      occurredOn: today(),
      offerId,
    });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.details[0].message).toBe(da.rehousing.history.offerExpired);
    expect((await detail(id)).events).toEqual(before.events);

    const expiryId = before.events.find((e) => e.type === 'offer_expired')?.id;
    await addEvent(t, worker, id, {
      type: 'voided',
      occurredOn: today(),
      voidsEventId: expiryId,
      reason: 'Familien ringede inden fristen',
    });
    expect((await detail(id)).household.status).toBe('offered');
    expect(await runRehousingJobs(t.db, mailer, settings, today())).toMatchObject({ expired: 0 });
    await addEvent(t, worker, id, { type: 'offer_accepted', occurredOn: today(), offerId });
    expect((await detail(id)).household.status).toBe('accepted');
  });

  it('voids the expiry by itself when an answer dated before it is recorded later', async () => {
    const id = await household('Familien Svar i tide (fiktiv)');
    const offerId = await offer(id, -4);
    await runRehousingJobs(t.db, mailer, settings, today());
    await addEvent(t, worker, id, {
      type: 'offer_declined',
      occurredOn: plusDays(-4),
      offerId,
      reason: 'For få værelser',
    });
    const after = await detail(id);
    expect(after.household.status).toBe('declined');
    const expiry = after.events.find((e) => e.type === 'offer_expired');
    expect(expiry?.voided).toBe(true);
    expect(after.events.some((e) => e.type === 'voided' && e.occurredOn === today())).toBe(true);
  });

  it('leaves answered and voided offers alone, and expires without mail set up', async () => {
    const answered = await household('Familien Besvaret (fiktiv)');
    const answeredOffer = await offer(answered, -3);
    await addEvent(t, worker, answered, {
      type: 'offer_accepted',
      occurredOn: plusDays(-4),
      offerId: answeredOffer,
    });
    const voided = await household('Familien Fejltastet (fiktiv)');
    const voidedOffer = await offer(voided, -3);
    await addEvent(t, worker, voided, {
      type: 'voided',
      occurredOn: today(),
      voidsEventId: voidedOffer,
      reason: 'Forkert husstand',
    });
    const silent = await household('Familien Uden post (fiktiv)');
    await offer(silent, -1);
    const unconfigured = createMailer(mailSettingsFromEnv({}));
    try {
      expect(await runRehousingJobs(t.db, unconfigured, settings, today())).toEqual({ expired: 1, sent: 0 });
    } finally {
      unconfigured.close();
    }
    expect((await detail(answered)).events.some((e) => e.type === 'offer_expired')).toBe(false);
    expect((await detail(voided)).events.some((e) => e.type === 'offer_expired')).toBe(false);
    expect((await detail(silent)).household.status).toBe('waiting');
  });

  it('two jobs at once expire an offer once', async () => {
    const id = await household('Familien To job (fiktiv)');
    await offer(id, -2);
    const runs = await Promise.all([
      runRehousingJobs(t.db, mailer, settings, today()),
      runRehousingJobs(t.db, mailer, settings, today()),
    ]);
    expect(runs[0].expired + runs[1].expired).toBe(1);
    expect((await detail(id)).events.filter((e) => e.type === 'offer_expired')).toHaveLength(1);
  });
});
