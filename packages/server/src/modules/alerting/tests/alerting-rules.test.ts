import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formFieldsOf } from '../../../../test/ack-form.ts';
import {
  type AlertList,
  buildAlertingTestApp,
  enterAlertList,
  raiseIncident,
} from '../../../../test/alerting-test-app.ts';
import { addUser, as, type Session, signIn, type TestApp } from '../../../../test/build-test-app.ts';
import { ackPathOf, type SmtpCapture, startSmtpCapture } from '../../../../test/smtp-capture.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { sanitizeAddress, sanitizeDisplayName, sanitizeHeader } from '../../../platform/mail/index.ts';
import { acknowledge } from '../service/acknowledge.ts';

describe('mail header sanitising', () => {
  it('removes line breaks and control characters that would start a new header', () => {
    expect(sanitizeHeader('Skyderi\r\nBcc: ond@example.dk')).toBe('Skyderi Bcc: ond@example.dk');
    expect(sanitizeHeader('a\u0000b\u2028c')).toBe('a b c');
    expect(sanitizeDisplayName('Eva <ond@example.dk>, "x"')).toBe(
      'Eva ond.dk x'.replace('ond.dk', 'ondexample.dk'),
    );
    expect(sanitizeAddress('ok@example.dk\r\nBcc: ond@example.dk')).toBeNull();
    expect(sanitizeAddress(' OK@Example.dk ')).toBe('ok@example.dk');
  });
});

describe.each(TEST_DATABASES)('beredskab rules (%s)', (kind) => {
  let t: TestApp;
  let smtp: SmtpCapture;
  let leader: Session;
  let reader: Session;
  let list: AlertList;

  async function raise(session: Session, level: 'red' | 'yellow', extra: Record<string, unknown> = {}) {
    return raiseIncident(t.app, session, {
      level,
      category: 'planlagte demonstrationer',
      description: 'Demonstration varslet på torvet.',
      location: 'Vollsmose Torv',
      ...extra,
    });
  }

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await buildAlertingTestApp(kind, { smtpUrl: smtp.url });
    await addUser(t.db, t.planId, 'alerting', 'ssp@ssp.test');
    await addUser(t.db, t.planId, 'reader', 'partner@politi.test');
    leader = await signIn(t.app, 'ssp@ssp.test');
    reader = await signIn(t.app, 'partner@politi.test');
    list = await enterAlertList(t.app, leader);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('lets a reader raise an incident but see nothing else of the beredskab', async () => {
    const raised = await raise(reader, 'yellow');
    expect(raised.statusCode).toBe(201);
    for (const url of [
      '/api/v1/alerting/incidents',
      '/api/v1/alerting/contacts',
      '/api/v1/alerting/outbox',
    ]) {
      expect((await t.app.inject({ url, headers: as(reader) })).statusCode).toBe(403);
    }
    expect(
      (await t.app.inject({ url: '/api/v1/alerting/action-card', headers: as(reader) })).statusCode,
    ).toBe(200);
  });

  it('refuses bad input with Danish per-field messages and saves nothing', async () => {
    const bad = await raise(leader, 'yellow', { level: 'grøn', category: '', occurredAt: 'i går' });
    expect(bad.statusCode).toBe(400);
    const fields = bad
      .json()
      .error.details.map((d: { field: string }) => d.field)
      .sort();
    expect(fields).toEqual(['category', 'level', 'occurredAt']);
    expect(JSON.stringify(bad.json())).toContain('Feltet skal udfyldes.');
  });

  it('needs 30 minutes notice for a yellow meeting, none for red', async () => {
    const yellow = (await raise(leader, 'yellow')).json().id;
    const soon = new Date(Date.now() + 10 * 60_000).toISOString();
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/v1/alerting/incidents/${yellow}/meetings`,
      headers: as(leader, 'POST'),
      payload: { startsAt: soon, url: 'https://meet.example.dk/x' },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toEqual([
      {
        field: 'startsAt',
        message:
          'Mødet skal indkaldes med mindst 30 minutters varsel. Kun ved rødt niveau må det være straks.',
      },
    ]);
    const later = new Date(Date.now() + 31 * 60_000).toISOString();
    const ok = await t.app.inject({
      method: 'POST',
      url: `/api/v1/alerting/incidents/${yellow}/meetings`,
      headers: as(leader, 'POST'),
      payload: { startsAt: later, url: 'https://meet.example.dk/x' },
    });
    expect(ok.statusCode).toBe(201);
    const red = (await raise(leader, 'red')).json().id;
    const now = await t.app.inject({
      method: 'POST',
      url: `/api/v1/alerting/incidents/${red}/meetings`,
      headers: as(leader, 'POST'),
      payload: { startsAt: new Date().toISOString(), url: 'https://meet.example.dk/y' },
    });
    expect(now.statusCode).toBe(201);
  });

  it('refuses a tampered, foreign or expired acknowledge link', async () => {
    const id = (await raise(leader, 'red', { category: 'knivstikkeri' })).json().id;
    const mail = await smtp.waitFor(
      (m) => m.subject.includes('knivstikkeri') && m.to.includes('chefvagt@ssp.test'),
    );
    const path = ackPathOf(mail);
    const token = path.split('/').at(-1) as string;
    const [payload, signature] = token.split('.') as [string, string];
    const flipped = `${payload}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
    const tampered = await t.app.inject({ url: `/api/v1/alerting/ack/${flipped}` });
    expect(tampered.statusCode).toBe(400);
    expect(tampered.body).toContain('Linket er ugyldigt');
    expect((await t.app.inject({ url: '/api/v1/alerting/ack/ikke-et-token' })).statusCode).toBe(400);
    const page = await t.app.inject({ url: path });
    const expired = await acknowledge(t.db, formFieldsOf(page.body), new Date(Date.now() + 25 * 3_600_000));
    expect(expired).toEqual({ status: 'expired' });
    const detail = (
      await t.app.inject({ url: `/api/v1/alerting/incidents/${id}`, headers: as(leader) })
    ).json();
    expect(detail.alerts[0].acknowledgedAt).toBeNull();
    expect((await t.app.inject({ url: path })).statusCode).toBe(200);
  });

  it('keeps line breaks in names and categories out of the mail headers', async () => {
    const contact = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/alerting/contacts/${list.chief}`,
      headers: as(leader, 'PUT'),
      payload: {
        organisationId: (await t.app.inject({ url: '/api/v1/alerting/contacts', headers: as(leader) }))
          .json()
          .contacts.find((c: { id: string }) => c.id === list.chief).organisationId,
        group: 'ssp_chief',
        roleTitle: 'SSP-chefvagt',
        fullName: 'Eva\r\nBcc: ond@example.dk',
        email: 'chefvagt@ssp.test',
      },
    });
    expect(contact.statusCode).toBe(200);
    await raise(leader, 'red', { category: 'drab\r\nBcc: ond2@example.dk' });
    const mail = await smtp.waitFor((m) => m.subject.startsWith('[RØDT NIVEAU] Beredskab: drab'));
    expect(mail.to).toEqual(['chefvagt@ssp.test']);
    expect(mail.headers).not.toMatch(/^Bcc:/im);
    expect(mail.subject).toBe('[RØDT NIVEAU] Beredskab: drab Bcc: ond2@example.dk – Vollsmose Torv');
  });

  it('logs every contact shown in the audit log and audits changes to contacts', async () => {
    await t.app.inject({ url: '/api/v1/alerting/contacts', headers: as(leader) });
    const events = await t.db
      .selectFrom('audit_event')
      .select(['action', 'entity_type', 'entity_id'])
      .where('entity_type', '=', 'alert_contact')
      .execute();
    expect(events.filter((e) => e.action === 'read' && e.entity_id === list.cks).length).toBeGreaterThan(0);
    expect(events.filter((e) => e.action === 'create').length).toBe(7);
    expect(events.filter((e) => e.action === 'update' && e.entity_id === list.chief).length).toBe(1);
  });
});

describe('without SMTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildAlertingTestApp('embedded', { smtpUrl: null });
  });
  afterAll(() => t?.close());

  it('keeps the alert in the outbox, marked not sent', async () => {
    await addUser(t.db, t.planId, 'leader', 'leder@bsh.test');
    const leader = await signIn(t.app, 'leder@bsh.test');
    await enterAlertList(t.app, leader);
    const raised = await raiseIncident(t.app, leader, {
      level: 'red',
      category: 'bombeattentat',
      description: 'Eksplosion ved butikstorvet.',
      location: 'Vollsmose',
    });
    expect(raised.statusCode).toBe(201);
    await expect
      .poll(
        async () => (await t.app.inject({ url: '/api/v1/alerting/outbox', headers: as(leader) })).json(),
        {
          timeout: 5_000,
        },
      )
      .toMatchObject({
        smtpConfigured: false,
        total: 1,
        notSent: 1,
        messages: [{ recipient: 'chefvagt@ssp.test', status: 'not_sent' }],
      });
  });
});
