import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addPlan,
  addUser,
  appWithUser,
  as,
  type Session,
  signIn,
  type TestApp,
} from '../../../test/build-test-app.ts';
import { TEST_DATABASES } from '../../../test/test-databases.ts';

describe.each(TEST_DATABASES)('users and the audit trail on %s', (kind) => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    ({ t, session: admin } = await appWithUser(kind, 'admin', 'admin@test.dk'));
  });
  afterAll(() => t.close());

  const body = (email: string, clientKey = crypto.randomUUID()) => ({
    clientKey,
    email,
    displayName: 'Mette Mentor',
    role: 'worker',
    password: 'en lang nok adgangskode',
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: admin.cookie },
      payload: body('csrf@test.dk'),
    });
    expect(r.statusCode).toBe(403);
    expect(r.json().error.code).toBe('CSRF');
    expect(
      await t.db.selectFrom('app_user').select('id').where('email', '=', 'csrf@test.dk').execute(),
    ).toEqual([]);
  });

  it('creates a user once per client key, audited with who did it', async () => {
    const key = crypto.randomUUID();
    const first = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: as(admin, 'POST'),
      payload: body('mette@test.dk', key),
    });
    const retry = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: as(admin, 'POST'),
      payload: body('mette@test.dk', key),
    });
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(200);
    expect(retry.json().id).toBe(first.json().id);
    const created = await t.db
      .selectFrom('audit_event')
      .select(['actor_label', 'entity_id', 'ip_address', 'request_id'])
      .where('action', '=', 'create')
      .where('entity_id', '=', first.json().id)
      .execute();
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ actor_label: 'admin@test.dk', ip_address: '127.0.0.1' });
    expect(created[0]?.request_id).toBeTruthy();
  });

  it('answers a taken e-mail and bad fields with Danish messages and saves nothing', async () => {
    const before = await t.db
      .selectFrom('app_user')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const taken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: as(admin, 'POST'),
      payload: body('mette@test.dk'),
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.message).toBe('Der findes allerede en bruger med den e-mail.');
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: as(admin, 'POST'),
      payload: { ...body('ikke-en-mail'), role: 'konge', cpr: '010101-1234' },
    });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'role']));
    expect(JSON.stringify(bad.json())).not.toMatch(/stack|at Object/);
    const after = await t.db
      .selectFrom('app_user')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toEqual(before.n);
  });

  it('logs every user shown as a read of personal data', async () => {
    const readsOfUsers = () =>
      t.db
        .selectFrom('audit_event')
        .select(['id', 'entity_id'])
        .where('action', '=', 'read')
        .where('entity_type', '=', 'app_user')
        .execute();
    const before = new Set((await readsOfUsers()).map((r) => r.id));
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: as(admin) });
    expect(list.statusCode).toBe(200);
    const users = list.json().users as { id: string; email: string }[];
    expect(users.map((u) => u.email)).toContain('mette@test.dk');
    expect(JSON.stringify(users)).not.toMatch(/argon2|passwordHash|password_hash/);
    const added = (await readsOfUsers()).filter((r) => !before.has(r.id));
    expect(added.map((r) => r.entity_id).sort()).toEqual(users.map((u) => u.id).sort());
  });

  it('keeps the audit log append-only, also for direct SQL', async () => {
    // The app's runtime role has no such rights at all (decision 0014; runtime-role.test.ts) …
    await expect(sql`delete from audit_event`.execute(t.db)).rejects.toThrow(/permission denied/);
    // … and even the owner, who has, is stopped by the trigger.
    await t.asOwner(async (owner) => {
      await expect(sql`update audit_event set actor_label = 'x'`.execute(owner)).rejects.toThrow(
        /kan ikke ændres/,
      );
      await expect(sql`delete from audit_event`.execute(owner)).rejects.toThrow(/kan ikke ændres/);
      await expect(sql`truncate audit_event`.execute(owner)).rejects.toThrow(/kan ikke ændres/);
    });
  });

  it('refuses a change of personal data when nobody is named as actor', async () => {
    await expect(sql`update app_user set display_name = 'Anonym'`.execute(t.db)).rejects.toThrow(
      /uden kendt aktør/,
    );
  });

  it('searches the audit log of the own plan only', async () => {
    const otherPlan = await addPlan(t.db, 'aarhus-2025-2028');
    await addUser(t.db, otherPlan, 'admin', 'admin@aarhus.dk');
    const aarhus = await signIn(t.app, 'admin@aarhus.dk');
    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit-events?action=sign-in',
      headers: as(admin),
    });
    expect(mine.statusCode).toBe(200);
    const emails = mine.json().events.map((e: { actorEmail: string }) => e.actorEmail);
    expect(emails).toContain('admin@test.dk');
    expect(emails).not.toContain('admin@aarhus.dk');
    const theirs = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: as(aarhus) });
    expect(theirs.json().users.map((u: { email: string }) => u.email)).toEqual(['admin@aarhus.dk']);
    const filtered = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit-events?actor=admin@test&action=create&entityType=app_user',
      headers: as(admin),
    });
    expect(filtered.json().total).toBeGreaterThanOrEqual(1);
    const badDate = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit-events?from=31-12-2025',
      headers: as(admin),
    });
    expect(badDate.statusCode).toBe(400);
  });
});
