import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acknowledgeByLink } from '../../../../test/ack-form.ts';
import {
  type AlertList,
  buildAlertingTestApp,
  enterAlertList,
  putOnCall,
} from '../../../../test/alerting-test-app.ts';
import { addUser, as, type Session, signIn, type TestApp } from '../../../../test/build-test-app.ts';
import { ackPathOf, type SmtpCapture, startSmtpCapture } from '../../../../test/smtp-capture.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';

const ESCALATION_SECONDS = 2;

// The weekly prøvealarm: a week passes (the stamp is moved back 8 days), the chief on call gets it;
// acknowledged, nobody else hears of it; missed, the SSP leader gets a mail after the escalation time.
describe.each(TEST_DATABASES)('the weekly prøvealarm (%s)', (kind) => {
  let t: TestApp;
  let smtp: SmtpCapture;
  let leader: Session;
  let list: AlertList;
  const aWeekPasses = () =>
    sql`update alert_setting set test_alert_last_at = now() - interval '8 days'`.execute(t.db);
  const isTest = (to: string) => (m: { to: string[]; subject: string }) =>
    m.to.includes(to) && m.subject.startsWith('PRØVEALARM');

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await buildAlertingTestApp(kind, { smtpUrl: smtp.url, pollIntervalMs: 100 });
    await addUser(t.db, t.planId, 'leader', 'leder@bsh.test');
    leader = await signIn(t.app, 'leder@bsh.test');
    list = await enterAlertList(t.app, leader);
    const card = (await t.app.inject({ url: '/api/v1/alerting/action-card', headers: as(leader) })).json();
    const ssp = card.organisations.find((o: { name: string }) => o.name === 'SSP Odense').id;
    const added = await t.app.inject({
      method: 'POST',
      url: '/api/v1/alerting/contacts',
      headers: as(leader, 'POST'),
      payload: {
        clientKey: crypto.randomUUID(),
        organisationId: ssp,
        group: 'ssp_board',
        roleTitle: 'Leder af SSP Odense',
        fullName: 'Test SSP-leder',
        email: 'ssp-leder@ssp.test',
      },
    });
    expect(added.statusCode).toBe(201);
    await t.app.inject({
      method: 'PUT',
      url: '/api/v1/alerting/settings',
      headers: as(leader, 'PUT'),
      payload: { escalationSeconds: ESCALATION_SECONDS, ackValidHours: 24 },
    });
    await putOnCall(t.app, leader, list.chief, 7 * 24);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('is not sent before the interval has passed', async () => {
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.mails.some(isTest('chefvagt@ssp.test'))).toBe(false);
  });

  it('acknowledged through the one acknowledge path: the leader hears nothing', async () => {
    await aWeekPasses();
    const mail = await smtp.waitFor(isTest('chefvagt@ssp.test'), 10_000);
    expect((await acknowledgeByLink(t.app, ackPathOf(mail))).statusCode).toBe(200);
    await new Promise((r) => setTimeout(r, (ESCALATION_SECONDS + 2) * 1000));
    expect(smtp.mails.some((m) => m.to.includes('ssp-leder@ssp.test'))).toBe(false);
    const status = (await t.app.inject({ url: '/api/v1/alerting/status', headers: as(leader) })).json();
    expect(status.testAlert.last).toMatchObject({ state: 'acknowledged', chiefName: 'Test Chefvagt' });
    expect(status.sspLeaders).toEqual(['Test SSP-leder']);
    const incidents = (await t.app.inject({ url: '/api/v1/alerting/incidents', headers: as(leader) })).json();
    expect(JSON.stringify(incidents)).not.toContain('Prøvealarm');
  }, 30_000);

  it('missed: the SSP leader is mailed after the escalation time, and no deputy or FU is alerted', async () => {
    const before = smtp.mails.length;
    await aWeekPasses();
    const mail = await smtp.waitFor(
      (m) => isTest('chefvagt@ssp.test')(m) && smtp.mails.indexOf(m) >= before,
      10_000,
    );
    const told = await smtp.waitFor(
      (m) => m.to.includes('ssp-leder@ssp.test') && m.subject === 'Prøvealarmen blev ikke kvitteret',
      15_000,
    );
    const delay = told.receivedAt - mail.receivedAt;
    console.log(
      `[prøvealarm ${kind}] missed → SSP leader's mail: ${delay} ms (escalation ${ESCALATION_SECONDS} s)`,
    );
    expect(delay).toBeGreaterThanOrEqual(ESCALATION_SECONDS * 1000 - 500);
    expect(delay).toBeLessThan(ESCALATION_SECONDS * 1000 + 5_000);
    expect(told.text).toContain('Test Chefvagt');
    const others = smtp.mails.slice(before).filter((m) => !m.to.includes('chefvagt@ssp.test') && m !== told);
    expect(others).toEqual([]);
    const status = (await t.app.inject({ url: '/api/v1/alerting/status', headers: as(leader) })).json();
    expect(status.testAlert.last.state).toBe('missed');
  }, 30_000);
});
