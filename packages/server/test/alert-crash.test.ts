import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiClient, type AppProcess, startAppProcess } from './app-process.ts';
import { type SmtpCapture, startSmtpCapture } from './smtp-capture.ts';
import { createTestDatabase, type TestDatabase } from './test-databases.ts';

// Crash safety of the alert path (issue 16, item 6), as an operator would see it: 500 FU members
// are alerted through a slow mail server, the server process gets `kill -9` in the middle of the
// batch and is started again. Every alert must arrive (at least once, never not at all); a copy
// sent twice carries the same Message-ID, so a mail client shows it once. Prints lost and doubles.
const CONTACTS = 500;
const PASSWORD = 'en lang og hemmelig adgangskode';

async function asActor(url: string, statements: (client: pg.Client) => Promise<void>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(`select set_config('helhed.actor', 'test:crash', true)`);
    await statements(client);
    await client.query('commit');
  } finally {
    await client.end();
  }
}

describe('beredskab around kill -9', { timeout: 240_000 }, () => {
  let database: TestDatabase;
  let smtp: SmtpCapture;
  const running: AppProcess[] = [];
  afterAll(async () => {
    for (const app of running) {
      app.child.kill('SIGKILL');
      await app.exited;
    }
    await smtp?.close();
    await database?.drop();
  }, 60_000);

  it('500 alerts, kill -9 in the middle, restart: none lost, every double has the same Message-ID', async () => {
    database = await createTestDatabase('postgres');
    smtp = await startSmtpCapture(0, { acceptDelayMs: 15, closeTimeoutMs: 1000 });
    // The batch the killed worker had claimed waits for its lease to run out before the new process
    // takes it (HELHED_ALERT_LEASE_SECONDS, default 120); 5 s keeps the test short.
    const env = {
      ...database.env,
      SMTP_URL: smtp.url,
      HELHED_ALERT_POLL_MS: '100',
      HELHED_ALERT_LEASE_SECONDS: '5',
    };
    const first = await startAppProcess(env);
    running.push(first);
    const client = new ApiClient(first.baseUrl);
    expect((await client.signIn('admin@helhed.local', first.firstAdminPassword ?? '')).status).toBe(200);
    await client.request('POST', '/api/v1/auth/password', {
      currentPassword: first.firstAdminPassword,
      newPassword: PASSWORD,
    });
    expect((await client.signIn('admin@helhed.local', PASSWORD)).status).toBe(200);
    await client.setUpSecondFactor(); // an administrator's duty before anything else (decision 0027)
    expect((await client.request('GET', '/api/v1/alerting/contacts')).status).toBe(200); // seeds the plan
    await asActor(database.url, async (c) => {
      await c.query(
        `insert into alert_contact (plan_id, client_key, organisation_id, contact_group, role_title, full_name, email)
         select o.plan_id, gen_random_uuid(), o.id, 'ssp_fu', 'Medlem', 'Kontakt ' || n, 'kontakt' || n || '@crash.test'
         from (select * from alert_organisation limit 1) o, generate_series(1, ${CONTACTS}) n`,
      );
      await c.query('update alert_setting set escalation_seconds = 3600');
    });
    const raised = await client.request('POST', '/api/v1/alerting/incidents', {
      clientKey: crypto.randomUUID(),
      level: 'red',
      category: 'skyderi',
      description: 'Crash-test',
      location: 'Vollsmose',
      occurredAt: new Date().toISOString(),
    });
    expect(raised.status).toBe(201);
    const { id } = (await raised.json()) as { id: string };
    const activated = await client.request('POST', `/api/v1/alerting/incidents/${id}/activate`);
    expect(activated.status).toBe(200);

    const ours = () => smtp.mails.filter((m) => m.to.some((to) => to.endsWith('@crash.test')));
    const deadline = Date.now() + 60_000;
    while (ours().length < CONTACTS * 0.4 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
    const atKill = ours().length;
    first.child.kill('SIGKILL');
    await first.exited;
    expect(atKill).toBeGreaterThan(0);
    expect(atKill).toBeLessThan(CONTACTS);

    const restarted = Date.now();
    const second = await startAppProcess(env);
    running.push(second);
    const messageId = (headers: string) => /^Message-ID:\s*(\S+)/im.exec(headers)?.[1] ?? '';
    const recipients = () => new Set(ours().flatMap((m) => m.to));
    const until = Date.now() + 90_000;
    while (recipients().size < CONTACTS && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    const mails = ours();
    const lost = CONTACTS - recipients().size;
    const ids = new Map<string, Set<string>>();
    for (const mail of mails) {
      const to = mail.to.join(',');
      ids.set(to, (ids.get(to) ?? new Set()).add(messageId(mail.headers)));
    }
    const doubles = mails.length - recipients().size;
    const lastAt = Math.max(...mails.map((m) => m.receivedAt));
    console.info(
      `alert crash test: ${CONTACTS} alerts, kill -9 after ${atKill} accepted, restart: ${lost} lost, ${doubles} sent twice, last alert ${lastAt - restarted} ms after the restart began`,
    );
    expect(lost).toBe(0);
    // A copy sent twice is the same message: one Message-ID per recipient.
    expect([...ids.values()].filter((set) => set.size !== 1)).toEqual([]);
    expect([...ids.values()].every((set) => [...set][0]?.startsWith('<varsel.'))).toBe(true);
  });
});
