import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, type AppProcess, startAppProcess } from '../../../../test/app-process.ts';
import { addUser } from '../../../../test/build-test-app.ts';
import { type SmtpCapture, startSmtpCapture } from '../../../../test/smtp-capture.ts';
import { createTestDatabase, openTestDatabase, type TestDatabase } from '../../../../test/test-databases.ts';
import { seedOdensePlan } from '../../../first-start.ts';

const PASSWORD = 'korrekt hest batteri hæfteklamme';

// The escalation timer lives in the database: the real app process is killed after the alert went
// out and before the deputy is due, and the deputy's mail still arrives once the app is back.
describe('escalation across a restart of the real app process', { timeout: 120_000 }, () => {
  let database: TestDatabase;
  let smtp: SmtpCapture;
  let app: AppProcess | null = null;
  let env: Record<string, string>;

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    database = await createTestDatabase('postgres');
    const db = await openTestDatabase(database, 2);
    const plan = await seedOdensePlan(db);
    await addUser(db, plan.id, 'leader', 'leder@bsh.test');
    await db.destroy();
    env = {
      ...database.env,
      SMTP_URL: smtp.url,
      HELHED_PUBLIC_URL: 'http://helhed.test',
      HELHED_ALERT_POLL_MS: '200',
    };
  }, 120_000);
  afterAll(async () => {
    app?.child.kill('SIGKILL');
    await app?.exited;
    await smtp?.close();
    await database?.drop();
  });

  it('alerts the deputy after the configured time, though the app was down when it fell due', async () => {
    app = await startAppProcess(env);
    const api = new ApiClient(app.baseUrl);
    expect((await api.signIn('leder@bsh.test', PASSWORD)).status).toBe(200);
    const card = (await (await api.request('GET', '/api/v1/alerting/action-card')).json()) as {
      organisations: Array<{ id: string; name: string }>;
    };
    const org = (name: string) => card.organisations.find((o) => o.name === name)?.id;
    const add = async (body: Record<string, unknown>) => {
      const r = await api.request('POST', '/api/v1/alerting/contacts', {
        clientKey: crypto.randomUUID(),
        ...body,
      });
      expect(r.status).toBe(201);
      return ((await r.json()) as { id: string }).id;
    };
    const deputy = await add({
      organisationId: org('Fyns Politi'),
      group: 'ssp_fu',
      roleTitle: 'Stedfortræder',
      fullName: 'Test Stedfortræder',
      email: 'stedfortraeder@politi.test',
    });
    await add({
      organisationId: org('Fyns Politi'),
      group: 'ssp_fu',
      roleTitle: 'Politiinspektør',
      fullName: 'Test Politiinspektør',
      email: 'fu-politi@politi.test',
      deputyId: deputy,
    });
    expect(
      (await api.request('PUT', '/api/v1/alerting/settings', { escalationSeconds: 4, ackValidHours: 24 }))
        .status,
    ).toBe(200);
    const raised = await api.request('POST', '/api/v1/alerting/incidents', {
      clientKey: crypto.randomUUID(),
      level: 'red',
      category: 'skyderi',
      description: 'Skud affyret.',
      location: 'Vollsmose',
      occurredAt: new Date().toISOString(),
    });
    const incidentId = ((await raised.json()) as { id: string }).id;
    expect((await api.request('POST', `/api/v1/alerting/incidents/${incidentId}/activate`)).status).toBe(200);
    const first = await smtp.waitFor((m) => m.to.includes('fu-politi@politi.test'), 10_000);

    app.child.kill('SIGKILL');
    await app.exited;
    app = null;
    await new Promise((r) => setTimeout(r, 5_000));
    expect(smtp.mails.some((m) => m.to.includes('stedfortraeder@politi.test'))).toBe(false);

    app = await startAppProcess(env);
    const deputyMail = await smtp.waitFor((m) => m.to.includes('stedfortraeder@politi.test'), 20_000);
    expect(deputyMail.receivedAt - first.receivedAt).toBeGreaterThanOrEqual(4_000);
    expect(deputyMail.text).toContain(
      'Du får varslet som stedfortræder, fordi Test Politiinspektør ikke har kvitteret.',
    );
    expect(smtp.mails.filter((m) => m.to.includes('stedfortraeder@politi.test'))).toHaveLength(1);
  });
});
