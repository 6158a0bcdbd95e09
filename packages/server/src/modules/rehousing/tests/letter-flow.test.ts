import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAlertingTestApp } from '../../../../test/alerting-test-app.ts';
import type { Session, TestApp } from '../../../../test/build-test-app.ts';
import { expectAccessiblePdf } from '../../../../test/pdf-check.ts';
import { pdfText } from '../../../../test/pdf-text.ts';
import { planRefs } from '../../../../test/registration-setup.ts';
import { type CapturedMail, type SmtpCapture, startSmtpCapture } from '../../../../test/smtp-capture.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { createMailer, mailSettingsFromEnv } from '../../../platform/mail/index.ts';
import { today } from '../service/clock.ts';
import { runDueReminders } from '../service/reminders.ts';
import { addEvent, addMember, addTeam, call, createHousehold, createPhase } from './support.ts';

function plusDays(days: number): string {
  const date = new Date(`${today()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The PDF attached to a captured mail (base64 in the MIME part with Content-Type application/pdf). */
function attachedPdf(mail: CapturedMail): Buffer {
  const raw = mail.raw.replace(/\r\n/g, '\n');
  const part = raw.slice(raw.indexOf('Content-Type: application/pdf'));
  const body = part.slice(part.indexOf('\n\n') + 2);
  return Buffer.from(body.slice(0, body.indexOf('\n--')).replace(/\s+/g, ''), 'base64');
}

// A worker makes an offer, the PDF letter arrives at a real SMTP server, the responsible worker is
// reminded once before the deadline, the household accepts and moves, and the brobygger follows up.
describe.each(TEST_DATABASES)('genhusning offer letter and follow-up (%s)', (kind) => {
  let t: TestApp;
  let smtp: SmtpCapture;
  let leader: Session;
  let worker: Session;
  let brobygger: Session;
  let householdId: string;
  let offerId: string;

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await buildAlertingTestApp(kind, { smtpUrl: smtp.url, runWorker: false });
    const team = await addTeam(t.db, t.planId, 'Genhusning');
    leader = (await addMember(t, 'leader', 'leder@helhed.test', team)).session;
    worker = (await addMember(t, 'worker', 'mette@helhed.test', team)).session;
    brobygger = (await addMember(t, 'worker', 'brobygger@helhed.test', team)).session;
    const phaseId = await createPhase(t, leader, 'Etape 1 – Bøgeparken');
    householdId = await createHousehold(t, worker, phaseId, {
      contactName: 'Familien Østergård (fiktiv)',
      contactInfo: 'tlf. 11 22 33 44, familien@example.test',
    });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('e-mails the offer letter as a Danish PDF through SMTP', async () => {
    offerId = await addEvent(t, worker, householdId, {
      type: 'offer_made',
      occurredOn: today(),
      organisation: 'Civica',
      departmentName: 'Lærkeparken',
      address: 'Lærkeparken 7, 2. th.',
      rooms: 4,
      rentKr: 7450,
      answerDeadline: plusDays(2),
    });
    const preview = await call(
      t,
      worker,
      'GET',
      `/api/v1/rehousing/households/${householdId}/letters/${offerId}`,
    );
    expect(preview.json().body).toContain('Kære Familien Østergård (fiktiv)');
    expect(preview.json().body).toContain('4 værelser i Lærkeparken, Civica, Lærkeparken 7, 2. th.');
    const sent = await call(t, worker, 'POST', `/api/v1/rehousing/households/${householdId}/letters`, {
      offerId,
      method: 'email',
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const mail = await smtp.waitFor((m) => m.to.includes('familien@example.test'));
    expect(mail.subject).toContain('Tilbud om ny bolig');
    // Lines wrap where the font's widths put them: compare the words, not the line breaks.
    const text = pdfText(attachedPdf(mail)).replace(/\s+/g, ' ');
    expect(text).toContain('Tilbud om ny bolig');
    expect(text).toContain('Kære Familien Østergård (fiktiv)');
    expect(text).toContain('Husleje 7.450 kr. om måneden.');
    expectAccessiblePdf(attachedPdf(mail), mail.subject, [
      'H1 Tilbud om ny bolig',
      'P Kære Familien Østergård (fiktiv)',
      'P Som led i udviklingsplanen',
    ]);
  });

  it('reminds the responsible worker once before the answer deadline', async () => {
    const mailer = createMailer({ ...mailSettingsFromEnv({}), smtpUrl: smtp.url });
    const settings = { daysBefore: 3, publicUrl: 'http://helhed.test', pollIntervalMs: 1000 };
    try {
      expect(await runDueReminders(t.db, mailer, settings, plusDays(-5))).toBe(0);
      expect(await runDueReminders(t.db, mailer, settings, today())).toBe(1);
      expect(await runDueReminders(t.db, mailer, settings, today())).toBe(0);
    } finally {
      mailer.close();
    }
    const reminder = await smtp.waitFor((m) => m.to.includes('mette@helhed.test'));
    expect(reminder.subject).toContain('Påmindelse');
    expect(reminder.text).toContain(`/genhusning/husstande/${householdId}`);
    expect(smtp.mails.filter((m) => m.to.includes('mette@helhed.test'))).toHaveLength(1);
  });

  it('refuses an impossible step in Danish and saves nothing', async () => {
    const response = await call(t, worker, 'POST', `/api/v1/rehousing/households/${householdId}/events`, {
      clientKey: crypto.randomUUID(),
      type: 'moved',
      occurredOn: today(),
      moveKind: 'permanent',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].message).toContain('sagt ja til et tilbud');
    const detail = (await call(t, worker, 'GET', `/api/v1/rehousing/households/${householdId}`)).json();
    expect(detail.events.map((e: { type: string }) => e.type)).toEqual(['registered', 'offer_made']);
  });

  it('records acceptance and the move; the brobygger follows up and refers to an activity', async () => {
    await addEvent(t, worker, householdId, { type: 'offer_accepted', occurredOn: today(), offerId });
    await addEvent(t, worker, householdId, { type: 'moved', occurredOn: today(), moveKind: 'permanent' });
    const followup = await call(
      t,
      brobygger,
      'POST',
      `/api/v1/rehousing/households/${householdId}/followups`,
      {
        clientKey: crypto.randomUUID(),
        kind: 'connection',
        occurredOn: today(),
        connection: 'forening',
        note: 'Fulgt med til første træning i den lokale fodboldklub',
      },
    );
    expect(followup.statusCode, followup.body).toBe(201);
    const detail = followup.json();
    expect(detail.household.status).toBe('moved');
    expect(detail.followups[0]).toMatchObject({ kind: 'connection', connection: 'forening' });
    const refs = await planRefs(t);
    const referral = await call(
      t,
      brobygger,
      'POST',
      `/api/v1/rehousing/households/${householdId}/referrals`,
      {
        clientKey: crypto.randomUUID(),
        activityId: refs.activityId,
        referredOn: today(),
        reason: 'Ønsker hjælp til job efter flytningen',
        consentGivenOn: today(),
        forStatistics: true,
      },
    );
    expect(referral.statusCode, referral.body).toBe(201);
    const participant = await call(
      t,
      brobygger,
      'GET',
      `/api/v1/participants/${referral.json().participantId}`,
    );
    expect(participant.statusCode).toBe(200);
    expect(participant.json().displayName).toBe('Familien Østergård (fiktiv)');
    expect(JSON.stringify(participant.json())).toContain(refs.activityId);
  });

  it('audits the reads and the changes', async () => {
    const rows = await t.db
      .selectFrom('audit_event')
      .select(['action', 'entity_type'])
      .where('entity_type', 'in', ['rehousing_household', 'household_event', 'rehousing_followup'])
      .execute();
    const seen = new Set(rows.map((r) => `${r.action}:${r.entity_type}`));
    for (const entry of [
      'read:rehousing_household',
      'create:rehousing_household',
      'create:household_event',
      'create:rehousing_followup',
      'update:rehousing_household',
    ]) {
      expect(seen).toContain(entry);
    }
  });

  it('keeps the event history append-only in the database', async () => {
    await expect(
      t.db.transaction().execute(async (trx) => {
        await sql`select set_config('helhed.actor', 'test', true)`.execute(trx);
        await trx
          .updateTable('household_event')
          .set({ occurred_on: '2020-01-01' })
          .where('household_id', '=', householdId)
          .execute();
      }),
    ).rejects.toThrow(/append-only/);
  });

  it('refuses an unknown placeholder in the letter template in Danish', async () => {
    const bad = await call(t, leader, 'PUT', '/api/v1/rehousing/letter-template', {
      subject: 'Tilbud',
      body: 'Kære {cpr}',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].message).toContain('Ukendt felt i skabelonen: {cpr}');
    const good = await call(t, leader, 'PUT', '/api/v1/rehousing/letter-template', {
      subject: 'Boligtilbud til {husstand}',
      body: 'Kære {husstand}\n{tilbud}\nSvar senest {svarfrist}.',
    });
    expect(good.statusCode, good.body).toBe(200);
    const preview = await call(
      t,
      worker,
      'GET',
      `/api/v1/rehousing/households/${householdId}/letters/${offerId}`,
    );
    expect(preview.json().subject).toBe('Boligtilbud til Familien Østergård (fiktiv)');
  });

  it('erasing the household also clears the address a letter was sent to (issue 21)', async () => {
    const sentTo = () =>
      t.db.selectFrom('rehousing_letter').select('sent_to').where('household_id', '=', householdId).execute();
    expect(await sentTo()).toEqual([{ sent_to: 'familien@example.test' }]);
    const erased = await call(t, leader, 'POST', `/api/v1/rehousing/households/${householdId}/erase`, {
      confirm: true,
    });
    expect(erased.statusCode, erased.body).toBe(204);
    expect(await sentTo()).toEqual([{ sent_to: null }]);
  });
});
