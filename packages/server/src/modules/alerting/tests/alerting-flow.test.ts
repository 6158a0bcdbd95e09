import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acknowledgeByLink } from '../../../../test/ack-form.ts';
import {
  type AlertList,
  buildAlertingTestApp,
  enterAlertList,
  putOnCall,
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
import { findTexts } from '../../../../test/text-scan.ts';
import { rowsOf } from '../../../platform/retention/run.ts';
import { runRetention } from '../../../retention.ts';

// The acceptance path through the API, with a real SMTP server and SMS gateway on loopback.
describe.each(TEST_DATABASES)('beredskab from raising to export (%s)', (kind) => {
  let t: TestApp;
  let smtp: SmtpCapture;
  let sms: Awaited<ReturnType<typeof startSmsGateway>>;
  let leader: Session;
  let worker: Session;
  let list: AlertList;
  let incidentId: string;

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    sms = await startSmsGateway();
    t = await buildAlertingTestApp(kind, { smtpUrl: smtp.url, smsGatewayUrl: sms.url });
    await addUser(t.db, t.planId, 'alerting', 'ssp-leder@ssp.test');
    await addUser(t.db, t.planId, 'worker', 'tryghed@bsh.test');
    leader = await signIn(t.app, 'ssp-leder@ssp.test');
    worker = await signIn(t.app, 'tryghed@bsh.test');
    list = await enterAlertList(t.app, leader, { chiefPhone: '+45 12 34 56 78' });
    const settings = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/alerting/settings',
      headers: as(
        await signIn(t.app, (await addUser(t.db, t.planId, 'leader', 'leder@bsh.test')).email),
        'PUT',
      ),
      payload: { escalationSeconds: 2, ackValidHours: 24 },
    });
    expect(settings.statusCode).toBe(200);
    const shift = await putOnCall(t.app, leader, list.chief);
    expect(shift.statusCode).toBe(201);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
    await sms?.close();
  });

  it('a worker raises a red incident; the on-call chief gets an e-mail and an SMS within seconds', async () => {
    const started = Date.now();
    const response = await raiseIncident(t.app, worker, {
      level: 'red',
      category: 'skyderi',
      description: 'Skud affyret ved indkørslen; politiet er på stedet.',
      location: 'Vollsmose, Bøgeparken',
      areaSlug: 'vollsmose',
    });
    expect(response.statusCode).toBe(201);
    incidentId = response.json().id;
    const mail = await smtp.waitFor((m) => m.to.includes('chefvagt@ssp.test'), 5_000);
    expect(mail.receivedAt - started).toBeLessThan(5_000);
    expect(mail.subject).toBe('[RØDT NIVEAU] Beredskab: skyderi – Vollsmose, Bøgeparken');
    expect(mail.text).toContain('Rejst af: tryghed@bsh.test');
    expect(mail.headers).toMatch(/^To: "?Test Chefvagt"? <chefvagt@ssp.test>$/m);
    await expect.poll(() => sms.received.length, { timeout: 5_000 }).toBe(1);
    expect(sms.received[0]).toMatchObject({ to: '+4512345678' });
    expect(JSON.stringify(sms.received[0])).toContain('/api/v1/alerting/ack/');
    expect(JSON.stringify(sms.received[0])).toMatch(/svar [A-HJKMNP-Z2-9]{6} på denne SMS/);
  });

  it('the chief acknowledges by the link, once; the live page shows it', async () => {
    const mail = await smtp.waitFor((m) => m.to.includes('chefvagt@ssp.test'));
    const path = ackPathOf(mail);
    const first = await acknowledgeByLink(t.app, path);
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toContain('text/html');
    expect(first.body).toContain('Tak, Test Chefvagt. Din kvittering er registreret');
    const again = await t.app.inject({ method: 'GET', url: path });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('Varslet er allerede kvitteret');
    const detail = (
      await t.app.inject({ url: `/api/v1/alerting/incidents/${incidentId}`, headers: as(leader) })
    ).json();
    expect(detail.alerts).toHaveLength(1);
    expect(detail.alerts[0]).toMatchObject({
      fullName: 'Test Chefvagt',
      stage: 'ssp_chief',
      emailStatus: 'sent',
    });
    expect(detail.alerts[0].acknowledgedAt).not.toBeNull();
  });

  it('activation alerts FU, SSP board and boligsocial board in order; the deputy and then the next level get the unacknowledged alert', async () => {
    const activated = await t.app.inject({
      method: 'POST',
      url: `/api/v1/alerting/incidents/${incidentId}/activate`,
      headers: as(leader, 'POST'),
    });
    expect(activated.json()).toEqual({ alerted: 4 });
    const fuPolice = await smtp.waitFor((m) => m.to.includes('fu-politi@politi.test'));
    for (const address of ['tryghed@bsh.test', 'direktoer@politi.test', 'bestyrelse@civica.test']) {
      const mail = await smtp.waitFor(
        (m) => m.to.includes(address) && m.subject.startsWith('[RØDT NIVEAU] Beredskab'),
      );
      expect((await acknowledgeByLink(t.app, ackPathOf(mail))).statusCode).toBe(200);
    }
    // The politiinspektør does not acknowledge: after 2 s the deputy is alerted …
    const deputy = await smtp.waitFor((m) => m.to.includes('stedfortraeder@politi.test'), 10_000);
    expect(deputy.receivedAt - fuPolice.receivedAt).toBeGreaterThanOrEqual(1_500);
    expect(deputy.text).toContain(
      'Du får varslet som stedfortræder, fordi Test Politiinspektør ikke har kvitteret.',
    );
    // … and when the deputy does not either, the police's SSP board member, one level up.
    const next = await smtp.waitFor(
      (m) => m.to.includes('direktoer@politi.test') && m.subject.startsWith('[RØDT NIVEAU] Eskaleret'),
      10_000,
    );
    expect(next.text).toContain('fordi Test Stedfortræder fra din organisation ikke har kvitteret');
    const detail = (
      await t.app.inject({ url: `/api/v1/alerting/incidents/${incidentId}`, headers: as(leader) })
    ).json();
    const texts = detail.log.map((l: { text: string }) => l.text).join('\n');
    expect(texts).toMatch(
      /SSP-forretningsudvalget \(taktisk\) varslet[\s\S]*SSP-bestyrelsen \(strategisk\) varslet[\s\S]*boligsociale bestyrelse varslet/,
    );
    expect(texts).toContain(
      'Test Politiinspektør har ikke kvitteret; stedfortræderen Test Stedfortræder (Fyns Politi) varsles.',
    );
  });

  it('the chief convenes the meeting at once (red), FU gets the invitation; attendance is recorded', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/alerting/incidents/${incidentId}/meetings`,
      headers: as(leader, 'POST'),
      payload: {
        startsAt: new Date(Date.now() + 60_000).toISOString(),
        url: 'https://meet.example.dk/fu-krise',
      },
    });
    expect(response.statusCode).toBe(201);
    const invitation = await smtp.waitFor(
      (m) => m.to.includes('tryghed@bsh.test') && m.subject.startsWith('Indkaldelse'),
    );
    expect(invitation.text).toContain('Mødet holdes online: https://meet.example.dk/fu-krise');
    const attendance = await t.app.inject({
      method: 'POST',
      url: `/api/v1/alerting/incidents/${incidentId}/meetings/${response.json().id}/attendance`,
      headers: as(leader, 'POST'),
      payload: { contactId: list.fuHousing, isPresent: true },
    });
    expect(attendance.statusCode).toBe(200);
  });

  it('logs updates; a crisis message is sent to CKS only after an FU member approved it', async () => {
    for (const entry of [
      { kind: 'update', text: 'Politiet har afspærret området.' },
      { kind: 'decision', text: 'Beboerne orienteres via CKS i aften.' },
    ]) {
      const r = await t.app.inject({
        method: 'POST',
        url: `/api/v1/alerting/incidents/${incidentId}/log`,
        headers: as(leader, 'POST'),
        payload: entry,
      });
      expect(r.statusCode).toBe(201);
    }
    const drafted = await t.app.inject({
      method: 'POST',
      url: `/api/v1/alerting/incidents/${incidentId}/messages`,
      headers: as(leader, 'POST'),
      payload: {
        audience: 'CKS og beboere',
        subject: 'Orientering om skyderi',
        body: 'Politiet er til stede. Hold jer inde.',
      },
    });
    const messageUrl = `/api/v1/alerting/incidents/${incidentId}/messages/${drafted.json().id}`;
    const early = await t.app.inject({
      method: 'POST',
      url: `${messageUrl}/send`,
      headers: as(leader, 'POST'),
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('CRISIS_MESSAGE_NOT_APPROVED');
    const notFu = await t.app.inject({
      method: 'POST',
      url: `${messageUrl}/approve`,
      headers: as(leader, 'POST'),
    });
    // The leader wrote it: four eyes refuse the author before asking whether they sit in the FU.
    expect(notFu.statusCode).toBe(403);
    expect(notFu.json().error.code).toBe('CRISIS_APPROVER_IS_AUTHOR');
    // The tryghedsrådgiver is on the FU list with the same e-mail as her account.
    const approved = await t.app.inject({
      method: 'POST',
      url: `${messageUrl}/approve`,
      headers: as(worker, 'POST'),
    });
    expect(approved.statusCode).toBe(200);
    const sent = await t.app.inject({
      method: 'POST',
      url: `${messageUrl}/send`,
      headers: as(leader, 'POST'),
    });
    expect(sent.json()).toEqual({ recipients: 1 });
    const cks = await smtp.waitFor((m) => m.to.includes('cks@afdeling.test'));
    expect(cks.subject).toBe('Orientering om skyderi');
    expect(cks.text).toContain('Politiet er til stede. Hold jer inde.');
    const twice = await t.app.inject({
      method: 'POST',
      url: `${messageUrl}/send`,
      headers: as(leader, 'POST'),
    });
    expect(twice.json().error.code).toBe('CRISIS_MESSAGE_ALREADY_SENT');
  });

  it('closes the incident ("afmeldt") and exports the full timeline as CSV and JSON', async () => {
    const early = await t.app.inject({
      url: `/api/v1/alerting/incidents/${incidentId}/timeline.csv`,
      headers: as(leader),
    });
    expect(early.statusCode).toBe(409);
    const closed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/alerting/incidents/${incidentId}/close`,
      headers: as(leader, 'POST'),
    });
    expect(closed.statusCode).toBe(200);
    const csv = await t.app.inject({
      url: `/api/v1/alerting/incidents/${incidentId}/timeline.csv`,
      headers: as(leader),
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('"tidspunkt";"type";"tekst";"aktør"');
    expect(csv.body).toContain('Beboerne orienteres via CKS i aften.');
    expect(csv.body).toContain('"acknowledged";"Test Chefvagt (SSP Odense)"');
    const json = await t.app.inject({
      url: `/api/v1/alerting/incidents/${incidentId}/timeline.json`,
      headers: as(leader),
    });
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    const timeline = JSON.parse(json.body);
    expect(timeline.incident.status).toBe('closed');
    expect(timeline.timeline.at(-1).text).toContain('afmeldt');
    const after = await t.app.inject({
      method: 'POST',
      url: `/api/v1/alerting/incidents/${incidentId}/log`,
      headers: as(leader, 'POST'),
      payload: { kind: 'update', text: 'For sent.' },
    });
    expect(after.json().error.code).toBe('INCIDENT_CLOSED');
  });

  it('with every period at one day, the closed incident keeps its facts and loses every free text', async () => {
    const texts = ['Skud affyret', 'Vollsmose, Bøgeparken', 'Hold jer inde', 'via CKS', 'Rejst af: tryg'];
    const kept = ['alert_contact', 'app_user']; // staff list and accounts: kept while people are on them
    expect(await findTexts(t.db, texts, kept)).not.toEqual([]);
    const messages = await t.db.selectFrom('outbound_message').select(['status']).execute();
    const outcome = await runRetention(t.db, {
      now: new Date(Date.now() + 3 * 86_400_000),
      periods: { residents: '1d', incidents: '1d', outbox: '1d' },
    });
    expect(rowsOf(outcome, 'incident')).toBe(1);
    expect(rowsOf(outcome, 'outbound_message')).toBe(messages.length);
    expect(await findTexts(t.db, texts, kept)).toEqual([]);
    // The facts stay: the incident's level, category and times, and each message's delivery.
    const incident = t.db.selectFrom('incident').selectAll().where('id', '=', incidentId);
    expect(await incident.executeTakeFirst()).toMatchObject({
      level: 'red',
      category: 'skyderi',
      status: 'closed',
    });
    expect(await t.db.selectFrom('outbound_message').select(['status']).execute()).toEqual(messages);
  });
});
