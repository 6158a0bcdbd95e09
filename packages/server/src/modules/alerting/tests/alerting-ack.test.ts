import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formFieldsOf, postForm } from '../../../../test/ack-form.ts';
import {
  type AlertList,
  buildAlertingTestApp,
  enterAlertList,
  raiseIncident,
} from '../../../../test/alerting-test-app.ts';
import { addUser, as, type Session, signIn, type TestApp } from '../../../../test/build-test-app.ts';
import {
  ackPathOf,
  type SmtpCapture,
  startSmsGateway,
  startSmtpCapture,
} from '../../../../test/smtp-capture.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { systemActor, withTransaction } from '../../../platform/db/transaction.ts';
import { signInbound } from '../service/delivery/sms-inbound.ts';

const SECRET = 'delt-hemmelighed-til-sms-gatewayen';
const SCANNERS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36',
  'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17029; Pro) SafeLinks',
  'Mozilla/5.0 (compatible; ProofpointURLDefense/1.0)',
];

describe.each(TEST_DATABASES)('acknowledging deliberately (%s)', (kind) => {
  let t: TestApp;
  let smtp: SmtpCapture;
  let sms: Awaited<ReturnType<typeof startSmsGateway>>;
  let leader: Session;
  let list: AlertList;

  const raise = async (category: string) => {
    const r = await raiseIncident(t.app, leader, {
      level: 'red',
      category,
      description: 'Prøve.',
      location: 'Vollsmose',
    });
    expect(r.statusCode).toBe(201);
    return r.json().id as string;
  };
  const alertOf = (incidentId: string) =>
    t.db
      .selectFrom('alert')
      .select(['id', 'acknowledged_at', 'escalated_at', 'sms_code'])
      .where('incident_id', '=', incidentId)
      .where('stage', '=', 'ssp_chief')
      .executeTakeFirstOrThrow();
  const logOf = async (incidentId: string) =>
    (await t.db.selectFrom('incident_log').select('text').where('incident_id', '=', incidentId).execute())
      .map((r) => r.text)
      .join('\n');

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    sms = await startSmsGateway();
    t = await buildAlertingTestApp(kind, {
      smtpUrl: smtp.url,
      smsGatewayUrl: sms.url,
      smsInboundSecret: SECRET,
    });
    await addUser(t.db, t.planId, 'alerting', 'ssp-leder@ssp.test');
    leader = await signIn(t.app, 'ssp-leder@ssp.test');
    list = await enterAlertList(t.app, leader, { chiefPhone: '+45 12 34 56 78' });
    await t.db.updateTable('alert_setting').set({ escalation_seconds: 2 }).execute();
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
    await sms?.close();
  });

  it('a scanner opening the link (GET, HEAD, OPTIONS, many times) acknowledges nothing; escalation runs on time; the button acknowledges once', async () => {
    const incidentId = await raise('scanner');
    const mail = await smtp.waitFor(
      (m) => m.subject.includes('scanner') && m.to.includes('chefvagt@ssp.test'),
    );
    const path = ackPathOf(mail);
    for (let round = 0; round < 5; round++) {
      for (const ua of SCANNERS) {
        for (const method of ['GET', 'HEAD', 'OPTIONS'] as const) {
          const r = await t.app.inject({ method, url: path, headers: { 'user-agent': ua } });
          if (method === 'GET') expect(r.body).toContain('<button type="submit">Kvittér</button>');
          // A scanner turning the link into a POST of the same URL reaches no route.
          expect(
            (await t.app.inject({ method: 'POST', url: path, headers: { 'user-agent': ua } })).statusCode,
          ).toBe(404);
        }
      }
    }
    const page = await t.app.inject({ url: path });
    expect(page.body).toContain('Til Test Chefvagt');
    expect(page.body).toContain('Rødt niveau: scanner, Vollsmose');
    expect((await alertOf(incidentId)).acknowledged_at).toBeNull();
    // Nobody pressed the button: after 2 s the escalation runs (the chief has no deputy: next level).
    await expect
      .poll(async () => (await alertOf(incidentId)).escalated_at, { timeout: 8_000 })
      .not.toBeNull();
    expect(await logOf(incidentId)).toContain('Test Chefvagt har ikke kvitteret');

    const fields = formFieldsOf(page.body);
    const crossSite = await postForm(t.app, '/api/v1/alerting/ack', fields, {
      origin: 'https://ond.example',
    });
    expect(crossSite.statusCode).toBe(403);
    // An opaque origin from a page on another site (sandboxed frame) is refused as well.
    const opaque = await postForm(t.app, '/api/v1/alerting/ack', fields, {
      origin: 'null',
      'sec-fetch-site': 'cross-site',
    });
    expect(opaque.statusCode).toBe(403);
    const noNonce = await postForm(t.app, '/api/v1/alerting/ack', { token: fields.token, nonce: 'x.y' });
    expect(noNonce.statusCode).toBe(400);
    expect((await alertOf(incidentId)).acknowledged_at).toBeNull();

    // What Chromium sends when the button is pressed: the page's own origin, same-origin.
    const pressed = await postForm(t.app, '/api/v1/alerting/ack', fields, {
      origin: 'http://helhed.test',
      'sec-fetch-site': 'same-origin',
    });
    expect(pressed.statusCode).toBe(200);
    expect(pressed.body).toContain('Tak, Test Chefvagt. Din kvittering er registreret');
    expect((await alertOf(incidentId)).acknowledged_at).not.toBeNull();
    const twice = await postForm(t.app, '/api/v1/alerting/ack', fields);
    expect(twice.statusCode).toBe(409);
    expect(twice.body).toContain('Varslet er allerede kvitteret');
  });

  it('the Udbakke shows no live link and no SMS code', async () => {
    const outbox = (await t.app.inject({ url: '/api/v1/alerting/outbox', headers: as(leader) })).json();
    const bodies = outbox.messages.map((m: { body: string }) => m.body).join('\n');
    expect(bodies).toContain('/api/v1/alerting/ack/…');
    expect(bodies).not.toMatch(/\/ack\/[A-Za-z0-9_-]{10,}/);
    const codes = await t.db
      .selectFrom('alert')
      .select('sms_code')
      .where('sms_code', 'is not', null)
      .execute();
    expect(codes.length).toBeGreaterThan(0);
    for (const { sms_code } of codes) expect(bodies).not.toContain(sms_code);
  });

  it('an SMS reply with the code acknowledges only when signed, fresh, new and right', async () => {
    const incidentId = await raise('sms-svar');
    const { sms_code: code } = await alertOf(incidentId);
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    const send = (body: string, opts: { secret?: string; ts?: number; signature?: string } = {}) => {
      const ts = String(opts.ts ?? Math.floor(Date.now() / 1000));
      return t.app.inject({
        method: 'POST',
        url: '/api/v1/alerting/sms/inbound',
        headers: {
          'content-type': 'application/json',
          'x-helhed-timestamp': ts,
          'x-helhed-signature': opts.signature ?? signInbound(opts.secret ?? SECRET, ts, body),
        },
        payload: body,
      });
    };
    const reply = JSON.stringify({ from: '004512345678', text: ` ok ${code?.toLowerCase()} ` });
    expect((await send(reply, { secret: 'forkert' })).statusCode).toBe(401);
    expect((await send(reply, { signature: '' })).statusCode).toBe(401);
    expect((await send(reply, { ts: Math.floor(Date.now() / 1000) - 301 })).statusCode).toBe(401);
    const wrong = await send(JSON.stringify({ from: '+4512345678', text: 'ABCDEF' }));
    expect(wrong.json()).toEqual({ acknowledged: false });
    const otherPhone = await send(JSON.stringify({ from: '+4587654321', text: code }));
    expect(otherPhone.json()).toEqual({ acknowledged: false });
    expect((await alertOf(incidentId)).acknowledged_at).toBeNull();

    const ts = Math.floor(Date.now() / 1000);
    const good = await send(reply, { ts });
    expect(good.statusCode).toBe(200);
    expect(good.json()).toEqual({ acknowledged: true });
    expect((await alertOf(incidentId)).acknowledged_at).not.toBeNull();
    expect(await logOf(incidentId)).toContain('Test Chefvagt har kvitteret for varslet med SMS-koden.');
    const replay = await send(reply, { ts });
    expect(replay.statusCode).toBe(409);
    expect(replay.json().error.message).toBe('Forespørgslen er allerede modtaget.');
  });

  it('the code page acknowledges with code and phone, not with a wrong code', async () => {
    const incidentId = await raise('kode-side');
    const { sms_code: code } = await alertOf(incidentId);
    expect((await t.app.inject({ url: '/api/v1/alerting/kode' })).body).toContain('Dit mobilnummer');
    const wrong = await postForm(t.app, '/api/v1/alerting/kode', { phone: '12345678', code: 'ZZZZZZ' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('Koden passer ikke');
    expect((await alertOf(incidentId)).acknowledged_at).toBeNull();
    const ok = await postForm(t.app, '/api/v1/alerting/kode', { phone: '+45 12 34 56 78', code: code ?? '' });
    expect(ok.statusCode).toBe(200);
    expect((await alertOf(incidentId)).acknowledged_at).not.toBeNull();
  });

  it('four eyes: the author cannot approve, nor a leader who joined the FU list during the incident', async () => {
    const incidentId = await raise('fire-øjne');
    // The SSP leader puts themself on the FU list while the incident is open …
    const card = (await t.app.inject({ url: '/api/v1/alerting/action-card', headers: as(leader) })).json();
    const added = await t.app.inject({
      method: 'POST',
      url: '/api/v1/alerting/contacts',
      headers: as(leader, 'POST'),
      payload: {
        clientKey: crypto.randomUUID(),
        organisationId: card.organisations[0].id,
        group: 'ssp_fu',
        roleTitle: 'SSP-leder',
        fullName: 'Test SSP-leder',
        email: 'ssp-leder@ssp.test',
        phone: null,
        deputyId: null,
        isActive: true,
      },
    });
    expect(added.statusCode).toBe(201);
    expect(await logOf(incidentId)).toContain(
      'Varslingslisten er ændret af ssp-leder@ssp.test: Test SSP-leder er tilføjet til SSP-forretningsudvalget (taktisk).',
    );
    // … the tryghedsrådgiver (FU since before) drafts; the leader may not approve.
    await addUser(t.db, t.planId, 'leader', 'tryghed@bsh.test');
    const advisor = await signIn(t.app, 'tryghed@bsh.test');
    const drafted = await t.app.inject({
      method: 'POST',
      url: `/api/v1/alerting/incidents/${incidentId}/messages`,
      headers: as(advisor, 'POST'),
      payload: { audience: 'CKS', subject: 'Orientering', body: 'Hold jer inde.' },
    });
    expect(drafted.statusCode).toBe(201);
    const url = `/api/v1/alerting/incidents/${incidentId}/messages/${drafted.json().id}/approve`;
    const joined = await t.app.inject({ method: 'POST', url, headers: as(leader, 'POST') });
    expect(joined.statusCode).toBe(403);
    expect(joined.json().error.code).toBe('CRISIS_APPROVER_JOINED_DURING');
    expect(joined.json().error.message).toContain('efter hændelsen blev rejst');
    const own = await t.app.inject({ method: 'POST', url, headers: as(advisor, 'POST') });
    expect(own.statusCode).toBe(403);
    expect(own.json().error.code).toBe('CRISIS_APPROVER_IS_AUTHOR');
    expect(own.json().error.message).toContain('Du har selv skrevet krisemeddelelsen');
    // Around the API, the database refuses both.
    // With a known actor, so that only the four-eyes trigger can be what refuses.
    const direct = (contactId: string) =>
      withTransaction(t.db, systemActor('psql'), (trx) =>
        sql`update crisis_message set approved_by_contact_id = ${contactId}, approved_at = now()
            where id = ${drafted.json().id}`.execute(trx),
      );
    await expect(direct(list.fuHousing)).rejects.toThrow(/skrevet den/);
    await expect(direct(added.json().id)).rejects.toThrow(/under hændelsen/);
    const row = await t.db
      .selectFrom('crisis_message')
      .select('approved_at')
      .where('id', '=', drafted.json().id)
      .executeTakeFirstOrThrow();
    expect(row.approved_at).toBeNull();
  });
});
