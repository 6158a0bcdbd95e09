import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAlertingTestApp, PUBLIC_URL } from '../../../../test/alerting-test-app.ts';
import { addUser, type Session, signIn, type TestApp } from '../../../../test/build-test-app.ts';
import { call } from '../../../../test/registration-setup.ts';
import { type SmtpCapture, startSmtpCapture } from '../../../../test/smtp-capture.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';

// Issue 20, item 1: a quarter sent back is also told to the worker by e-mail, so a worker who is not
// signed in learns of it. The e-mail is a notice and a link: the leader's message, which may name a
// registration, stays in Helhed. A refused e-mail changes nothing of the send-back.

const BASE = '/api/v1/reports/quarter-approval';
const MESSAGE = 'Forløbet for familien i opgang 7 mangler en slutdato';

describe.each(TEST_DATABASES)('a quarter sent back, by e-mail too, on %s', (kind) => {
  let smtp: SmtpCapture;
  let t: TestApp;
  let leader: Session;
  let worker: Session;
  let workerId: string;
  const sendBack = () =>
    call(t, leader, 'POST', `${BASE}/send-back`, { quarter: '2025-Q1', userId: workerId, message: MESSAGE });

  beforeAll(async () => {
    smtp = await startSmtpCapture(0, { closeTimeoutMs: 100 });
    t = await buildAlertingTestApp(kind, { smtpUrl: smtp.url, runWorker: false });
    await addUser(t.db, t.planId, 'leader', 'leder@tilbage.test');
    workerId = (await addUser(t.db, t.planId, 'worker', 'mentor@tilbage.test')).id;
    leader = await signIn(t.app, 'leder@tilbage.test');
    worker = await signIn(t.app, 'mentor@tilbage.test');
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('e-mails the worker a notice with a link, and never the message', async () => {
    const sent = await sendBack();
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().notified).toBe('mail');
    const mail = await smtp.waitFor((m) => m.to.includes('mentor@tilbage.test'));
    expect(mail.subject).toBe('Leverancemålingen for 2025, 1. kvartal er sendt tilbage til dig');
    expect(mail.from).toContain('rapporter@helhed.local');
    expect(mail.text).toContain(
      'Test leader har sendt leverancemålingen for 2025, 1. kvartal tilbage til dig',
    );
    expect(mail.text).toContain(`${PUBLIC_URL}/forloeb`);
    expect(mail.raw).not.toMatch(/opgang|slutdato/);
    expect(smtp.mails.filter((m) => !m.to.includes('mentor@tilbage.test'))).toEqual([]);
  });

  it('keeps the send-back when the mail server refuses, and says the e-mail was not sent', async () => {
    await smtp.close();
    const sent = await sendBack();
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().notified).toBe('mail-failed');
    const inbox = (await call(t, worker, 'GET', `${BASE}/sent-back`)).json();
    expect(inbox.items.map((item: { message: string }) => item.message)).toEqual([MESSAGE, MESSAGE]);
  });
});
