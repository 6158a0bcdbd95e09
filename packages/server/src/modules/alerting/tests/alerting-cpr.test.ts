import { da } from '@helhed/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AlertList,
  buildAlertingTestApp,
  enterAlertList,
  putOnCall,
} from '../../../../test/alerting-test-app.ts';
import { addUser, as, type Session, signIn, type TestApp } from '../../../../test/build-test-app.ts';
import { countRows } from '../../../../test/count-rows.ts';
import { type SmtpCapture, startSmtpCapture } from '../../../../test/smtp-capture.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';

// Incidents, their log and crisis messages are e-mailed to the alert list and to CKS: a CPR number
// in any spelling is refused with the one Danish message every free-text field gives, and nothing
// is stored or sent. Ordinary dates, clock times and phone numbers pass.
const SPELLINGS = [
  '010203-1234',
  '0102031234',
  '01.02.03-1234',
  '010203 1234',
  '010203–1234', // en dash
  '010203—1234', // em dash
  '０１０２０３－１２３４', // full-width
  '010203\u00a01234', // no-break space
  '010203\u20091234', // thin space
  '010203.1234',
];
const ORDINARY = 'Set 01.02.2003 og igen 2026-12-03 kl. 14.30; ring 12 34 56 78. Skade ca. 46.000 kr.';

describe.each(TEST_DATABASES)('beredskab refuses CPR numbers in free text (%s)', (kind) => {
  let t: TestApp;
  let smtp: SmtpCapture;
  let leader: Session;
  let worker: Session;
  let list: AlertList;
  let incidentId: string;

  const post = (session: Session, url: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url, headers: as(session, 'POST'), payload });
  const incident = (fields: Record<string, string>) => ({
    clientKey: crypto.randomUUID(),
    level: 'yellow',
    category: 'hærværk',
    description: 'Ruder smadret i opgangen.',
    location: 'Vollsmose, Bøgeparken',
    occurredAt: new Date().toISOString(),
    ...fields,
  });
  function expectCprRefusal(response: { statusCode: number; json(): unknown }, field: string) {
    expect(response.statusCode).toBe(400);
    const { error } = response.json() as { error: { code: string; details: unknown[] } };
    expect(error.code).toBe('VALIDATION');
    expect(error.details).toEqual([{ field, message: da.validation.cprNotAllowed }]);
  }
  const count = (
    table: 'incident' | 'incident_log' | 'crisis_message' | 'outbound_message' | 'alert_contact',
  ) => countRows(t.db, table);

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await buildAlertingTestApp(kind, { smtpUrl: smtp.url });
    await addUser(t.db, t.planId, 'alerting', 'ssp-leder@ssp.test');
    await addUser(t.db, t.planId, 'worker', 'tryghed@bsh.test');
    leader = await signIn(t.app, 'ssp-leder@ssp.test');
    worker = await signIn(t.app, 'tryghed@bsh.test');
    list = await enterAlertList(t.app, leader);
    const shift = await putOnCall(t.app, leader, list.chief);
    expect(shift.statusCode).toBe(201);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('refuses an incident with a CPR number in its category, description or location; nothing is stored or mailed', async () => {
    for (const cpr of SPELLINGS) {
      for (const field of ['category', 'description', 'location']) {
        const response = await post(
          worker,
          '/api/v1/alerting/incidents',
          incident({ [field]: `Beboer ${cpr}` }),
        );
        expectCprRefusal(response, field);
      }
    }
    expect(await count('incident')).toBe(0);
    expect(await count('outbound_message')).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 300)); // the worker polls every 100 ms
    expect(smtp.mails).toHaveLength(0);
  });

  it('raises an incident whose text has ordinary dates, times and phone numbers, and mails it', async () => {
    const response = await post(worker, '/api/v1/alerting/incidents', incident({ description: ORDINARY }));
    expect(response.statusCode).toBe(201);
    incidentId = response.json().id;
    const mail = await smtp.waitFor(
      (m) => m.to.includes('chefvagt@ssp.test') && m.text.includes('01.02.2003'),
      5_000,
    );
    expect(mail.text).toContain('ring 12 34 56 78');
  });

  it('refuses a log entry with a CPR number and keeps an ordinary one', async () => {
    const before = await count('incident_log');
    for (const cpr of SPELLINGS) {
      for (const logKind of ['update', 'decision']) {
        const response = await post(leader, `/api/v1/alerting/incidents/${incidentId}/log`, {
          kind: logKind,
          text: `Politiet oplyser cpr ${cpr}.`,
        });
        expectCprRefusal(response, 'text');
      }
    }
    expect(await count('incident_log')).toBe(before);
    const ordinary = await post(leader, `/api/v1/alerting/incidents/${incidentId}/log`, {
      kind: 'update',
      text: ORDINARY,
    });
    expect(ordinary.statusCode).toBe(201);
    expect(await count('incident_log')).toBe(before + 1);
  });

  it('refuses a crisis message with a CPR number in audience, subject or body; an ordinary one is approved and mailed to CKS', async () => {
    const message = { audience: 'CKS og beboere', subject: 'Orientering', body: 'Hold jer inde i aften.' };
    for (const cpr of SPELLINGS) {
      for (const field of ['audience', 'subject', 'body'] as const) {
        const response = await post(leader, `/api/v1/alerting/incidents/${incidentId}/messages`, {
          ...message,
          [field]: `${message[field]} ${cpr}`,
        });
        expectCprRefusal(response, field);
      }
    }
    expect(await count('crisis_message')).toBe(0);
    const drafted = await post(leader, `/api/v1/alerting/incidents/${incidentId}/messages`, {
      ...message,
      body: ORDINARY,
    });
    expect(drafted.statusCode).toBe(201);
    const url = `/api/v1/alerting/incidents/${incidentId}/messages/${drafted.json().id}`;
    expect((await post(worker, `${url}/approve`, {})).statusCode).toBe(200);
    expect((await post(leader, `${url}/send`, {})).json()).toEqual({ recipients: 1 });
    const cks = await smtp.waitFor((m) => m.to.includes('cks@afdeling.test'), 5_000);
    expect(cks.text).toContain('ring 12 34 56 78');
    expect(smtp.mails.filter((m) => m.to.includes('cks@afdeling.test'))).toHaveLength(1);
  });

  it('refuses a CPR number in an alert-list contact too', async () => {
    const contacts = await count('alert_contact');
    const response = await post(leader, '/api/v1/alerting/contacts', {
      clientKey: crypto.randomUUID(),
      organisationId: (await t.db.selectFrom('alert_organisation').select('id').executeTakeFirstOrThrow()).id,
      group: 'cks',
      roleTitle: 'CKS-kontakt 01.02.03-1234',
      fullName: 'Test Beboer',
      email: 'beboer@afdeling.test',
    });
    expectCprRefusal(response, 'roleTitle');
    expect(await count('alert_contact')).toBe(contacts);
  });
});
