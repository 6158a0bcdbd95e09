import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAlertingTestApp, PUBLIC_URL, raiseIncident } from '../../../../test/alerting-test-app.ts';
import { addUser, as, signIn, type TestApp } from '../../../../test/build-test-app.ts';
import { type SmtpCapture, startSmtpCapture } from '../../../../test/smtp-capture.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { buildApp } from '../../../app.ts';
import { systemActor, withTransaction } from '../../../platform/db/transaction.ts';
import { alertingConfigFromEnv } from '../service/config.ts';

const CONTACTS = 60;

// Two app processes' workers on one database: every message is delivered exactly once.
describe.each(TEST_DATABASES)('two workers on one database (%s)', (kind) => {
  let t: TestApp;
  let second: FastifyInstance;
  let smtp: SmtpCapture;

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await buildAlertingTestApp(kind, { smtpUrl: smtp.url, pollIntervalMs: 50 });
    second = await buildApp({
      db: t.db,
      alerting: {
        ...alertingConfigFromEnv({}),
        smtpUrl: smtp.url,
        publicUrl: PUBLIC_URL,
        pollIntervalMs: 50,
      },
    });
    await second.ready();
  });
  afterAll(async () => {
    await second?.close();
    await t?.close();
    await smtp?.close();
  });

  it('delivers each alert once although both workers poll the same jobs', async () => {
    await addUser(t.db, t.planId, 'leader', 'leder@bsh.test');
    const leader = await signIn(t.app, 'leder@bsh.test');
    await t.app.inject({ url: '/api/v1/alerting/action-card', headers: as(leader) });
    const org = await t.db
      .selectFrom('alert_organisation')
      .select('id')
      .where('plan_id', '=', t.planId)
      .executeTakeFirstOrThrow();
    await withTransaction(t.db, systemActor('test', t.planId), (trx) =>
      trx
        .insertInto('alert_contact')
        .values(
          Array.from({ length: CONTACTS }, (_, i) => ({
            plan_id: t.planId,
            organisation_id: org.id,
            contact_group: 'ssp_fu',
            role_title: 'Medlem',
            full_name: `Kontakt ${i}`,
            email: `kontakt${i}@fu.test`,
          })),
        )
        .execute(),
    );
    const raised = await raiseIncident(t.app, leader, {
      category: 'alvorlige ulykker',
      description: 'Test',
      location: 'Rising',
    });
    const activated = await t.app.inject({
      method: 'POST',
      url: `/api/v1/alerting/incidents/${raised.json().id}/activate`,
      headers: as(leader, 'POST'),
    });
    expect(activated.json()).toEqual({ alerted: CONTACTS });
    await expect.poll(() => smtp.mails.length, { timeout: 20_000 }).toBe(CONTACTS);
    await new Promise((r) => setTimeout(r, 500));
    const recipients = smtp.mails.flatMap((m) => m.to);
    expect(recipients).toHaveLength(CONTACTS);
    expect(new Set(recipients).size).toBe(CONTACTS);
  });
});
