import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, as, buildTestApp, signIn, type TestApp } from '../../../test/build-test-app.ts';
import { TEST_DATABASES } from '../../../test/test-databases.ts';
import { generateSyntheticData, SyntheticDataError } from '../../modules/synthetic/index.ts';

// Decision 0014, tried as an attacker who can run SQL on the app's own connection (an injection, a bug,
// a compromised dependency): the runtime role cannot remove, change or hide a single audit event.
describe.each(TEST_DATABASES)('the runtime role on %s', (kind) => {
  let t: TestApp;
  let client: pg.Client;
  const countEvents = async () =>
    Number((await client.query<{ n: string }>('select count(*) as n from audit_event')).rows[0]?.n);

  beforeAll(async () => {
    t = await buildTestApp(kind);
    await addUser(t.db, t.planId, 'admin', 'admin@roller.dk');
    await signIn(t.app, 'admin@roller.dk');
    client = new pg.Client({ connectionString: t.database.runtimeUrl });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await t.close();
  });

  /** Each attempt in its own transaction, rolled back whatever happens; returns the error it raised. */
  async function attempt(statements: string[]): Promise<{ code?: string; message: string } | null> {
    await client.query('begin');
    try {
      for (const statement of statements) await client.query(statement);
      return null;
    } catch (error) {
      return error as { code?: string; message: string };
    } finally {
      await client.query('rollback');
    }
  }

  it('is the connection the app uses, no superuser, owning nothing', async () => {
    const { rows } = await client.query(
      `select current_user as role, r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolbypassrls,
              (select count(*)::int from pg_class c where c.relowner = r.oid) as owned
         from pg_roles r where r.rolname = current_user`,
    );
    expect(rows[0]).toEqual({
      role: t.database.roles.runtime,
      rolsuper: false,
      rolcreaterole: false,
      rolcreatedb: false,
      rolbypassrls: false,
      owned: 0,
    });
    const appRole = (await sql<{ role: string }>`select current_user as role`.execute(t.db)).rows;
    expect(appRole[0]?.role).toBe(t.database.roles.runtime);
  });

  const owner = () => t.database.roles.owner;
  const attacks: Array<[string, () => string[]]> = [
    ['DELETE', () => ['delete from audit_event']],
    ['UPDATE', () => [`update audit_event set actor_label = 'ingen'`]],
    ['TRUNCATE', () => ['truncate audit_event']],
    ['DISABLE TRIGGER', () => ['alter table audit_event disable trigger audit_event_no_update']],
    ['DISABLE TRIGGER ALL', () => ['alter table audit_event disable trigger all']],
    ['DROP TRIGGER', () => ['drop trigger audit_event_no_update on audit_event']],
    ['session_replication_role', () => ['set local session_replication_role = replica']],
    ['session_replication_role (SET)', () => ['set session_replication_role = replica']],
    ['set_config', () => [`select set_config('session_replication_role', 'replica', true)`]],
    ['SET ROLE owner', () => [`set role ${owner()}`]],
    ['SET ROLE postgres', () => ['set role postgres']],
    ['SET SESSION AUTHORIZATION', () => ['set session authorization postgres']],
    ['GRANT owner to self', () => [`grant ${owner()} to current_user`]],
    ['ALTER ROLE superuser', () => ['alter role current_user superuser']],
    ['CREATE ROLE', () => ['create role helhed_attacker superuser']],
    [
      'replace the trigger function',
      () => [
        `create or replace function audit_event_is_append_only() returns trigger language plpgsql as $$ begin return old; end $$`,
      ],
    ],
    [
      'SECURITY DEFINER in public',
      () => [
        `create function public.erase_audit() returns void language sql security definer as 'delete from audit_event'`,
      ],
    ],
    [
      'SECURITY DEFINER in pg_temp',
      () => [
        `create function pg_temp.erase_audit() returns void language sql security definer as 'delete from audit_event'`,
        'select pg_temp.erase_audit()',
      ],
    ],
    [
      'CREATE TRIGGER',
      () => [
        `create function pg_temp.skip() returns trigger language plpgsql as $$ begin return null; end $$`,
        'create trigger skip_audit before insert on audit_event for each row execute function pg_temp.skip()',
      ],
    ],
    ['DROP TABLE', () => ['drop table audit_event cascade']],
    ['RENAME TABLE', () => ['alter table audit_event rename to audit_event_old']],
    ['CREATE TABLE in public', () => ['create table public.audit_event_copy (id int)']],
    ['COPY FROM PROGRAM', () => [`copy audit_event (actor_label) from program 'true'`]],
    ['catalog UPDATE', () => [`update pg_catalog.pg_trigger set tgenabled = 'D'`]],
    ['dblink', () => ['create extension dblink']],
    ['schema_migration', () => [`delete from schema_migration`]],
    // The audit log's retention path (decision 0022) opens only for entries older than a year.
    ['purge the recent log', () => ['select purge_audit_events(now())']],
    [
      'open the purge setting by hand',
      () => [`select set_config('helhed.audit_purge_before', '2999-01-01', true)`, 'delete from audit_event'],
    ],
    ['erasure journal DELETE', () => ['delete from erasure_journal']],
    ['erasure journal TRUNCATE', () => ['truncate erasure_journal']],
  ];

  it.each(attacks)('refuses %s, and the audit log keeps every event', async (_name, statements) => {
    const before = await countEvents();
    const error = await attempt(statements());
    expect(error, `${statements().join('; ')} succeeded`).not.toBeNull();
    expect(error?.code).toMatch(/^(42501|0A000|58P01|42883)$/);
    expect(await countEvents()).toBe(before);
  });

  it('can ALTER, TRUNCATE or add triggers to no table at all', async () => {
    const { rows } = await client.query<{ name: string }>(
      `select tablename as name from pg_tables where schemaname = 'public' order by 1`,
    );
    expect(rows.length).toBeGreaterThan(40);
    for (const { name } of rows) {
      const table = client.escapeIdentifier(name);
      for (const statement of [
        `alter table ${table} add column hacked integer`,
        `alter table ${table} disable trigger all`,
        `truncate ${table} cascade`,
      ]) {
        const error = await attempt([statement]);
        expect(error?.code, statement).toBe('42501');
      }
    }
  });

  it('cannot bulk-load with the triggers off (only the owner may)', async () => {
    await expect(
      generateSyntheticData(t.db, { mode: 'plans', plans: 1, residents: 10, seed: 3, load: 'bulk' }),
    ).rejects.toBeInstanceOf(SyntheticDataError);
  });

  it('still does all the app needs: reads, appends to the audit log, and the app works', async () => {
    const before = await countEvents();
    expect(
      await attempt([
        `insert into audit_event (actor_label, action, entity_type) values ('test', 'read', 'plan')`,
      ]),
    ).toBeNull();
    const admin = await signIn(t.app, 'admin@roller.dk');
    const team = await t.app.inject({
      method: 'POST',
      url: '/api/v1/teams',
      headers: as(admin, 'POST'),
      payload: { clientKey: crypto.randomUUID(), name: 'Rolleholdet' },
    });
    expect(team.statusCode, team.body).toBe(201);
    const users = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: as(admin) });
    expect(users.statusCode).toBe(200);
    expect(await countEvents()).toBeGreaterThan(before);
  });
});
