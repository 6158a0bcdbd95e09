import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { seedOdensePlan } from '../src/first-start.ts';
import { withDatabase } from './database-url.ts';
import {
  createTestDatabase,
  openTestDatabase,
  TEST_DATABASES,
  type TestDatabase,
  type TestDatabaseKind,
} from './test-databases.ts';

// A test database copied from a template (decision 0026) must be the database a test would get by
// migrating an empty one: the same objects, owned by its own owner role, the same grants for its
// runtime role (decision 0014: the audit log only read and appended), the same migrations recorded.

async function asSuperuser<T>(kind: TestDatabaseKind, database: TestDatabase, sql: string): Promise<T[]> {
  const admin = kind === 'embedded' ? inject('embeddedUrl') : inject('postgresUrl');
  const name = /\/([^/?]+)(\?|$)/.exec(database.url)?.[1] as string;
  const client = new pg.Client({ connectionString: withDatabase(admin, name) });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Every object of the schema with its owner and grants, the database's own roles named by their part. */
async function catalog(kind: TestDatabaseKind, database: TestDatabase, statistics = false) {
  const { owner, runtime } = database.roles;
  const who = (oid: string) =>
    `case pg_get_userbyid(${oid}) when '${owner}' then 'OWNER' when '${runtime}' then 'RUNTIME'
       else pg_get_userbyid(${oid}) end`;
  const acl = (column: string) =>
    `(select coalesce(array_agg(e order by e), '{}') from (
       select case a.grantee when 0 then 'PUBLIC' else ${who('a.grantee')} end
              || ':' || a.privilege_type || ':' || ${who('a.grantor')} as e
         from aclexplode(${column}) a) privileges)`;
  const rows = await asSuperuser<{ line: string }>(
    kind,
    database,
    `select 'relation ' || c.relname || ' ' || c.relkind::text || ' ' || ${who('c.relowner')} || ' '
            || ${acl('c.relacl')}::text || ' ' || c.relrowsecurity::text as line
       from pg_class c where c.relnamespace = 'public'::regnamespace
     union all
     select 'routine ' || p.oid::regprocedure::text || ' ' || ${who('p.proowner')} || ' '
            || ${acl('p.proacl')}::text || ' ' || p.prosecdef::text
       from pg_proc p where p.pronamespace = 'public'::regnamespace
     union all
     select 'type ' || t.typname || ' ' || ${who('t.typowner')}
       from pg_type t where t.typnamespace = 'public'::regnamespace
     union all
     select 'trigger ' || tg.tgname || ' on ' || tg.tgrelid::regclass::text || ' ' || tg.tgenabled::text
       from pg_trigger tg join pg_class c on c.oid = tg.tgrelid
      where c.relnamespace = 'public'::regnamespace and not tg.tgisinternal
     union all
     select 'schema public ' || ${who('n.nspowner')} || ' ' || ${acl('n.nspacl')}::text
       from pg_namespace n where n.nspname = 'public'
     union all
     select 'database ' || ${who('d.datdba')} || ' ' || ${acl('d.datacl')}::text
       from pg_database d where d.datname = current_database()
     union all
     select 'depends on ' || ${who('s.refobjid')} || ' ' || s.deptype::text || ' ' || count(*)::text
       from pg_shdepend s where s.dbid = (select oid from pg_database where datname = current_database())
      group by s.refobjid, s.deptype
     union all
     select 'migration ' || name from schema_migration
     union all
     -- Planner statistics: none, as after migrating (only in the migrated case: autovacuum may analyze a
     -- seeded database made from empty while the test runs).
     select 'statistics ' || c.relname || ' ' || c.reltuples::text || ' '
            || (select count(*) from pg_statistic s where s.starelid = c.oid)::text
       from pg_class c where c.relnamespace = 'public'::regnamespace and ${statistics}
     order by 1`,
  );
  return rows.map((row) => row.line);
}

/** Rows per table of the schema (the plan seed's ids are random, its counts are not). */
async function rowCounts(kind: TestDatabaseKind, database: TestDatabase) {
  const tables = await asSuperuser<{ name: string }>(
    kind,
    database,
    `select relname as name from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r'
      order by 1`,
  );
  const counts = await asSuperuser<Record<string, string>>(
    kind,
    database,
    `select ${tables.map((t) => `(select count(*) from ${t.name}) as "${t.name}"`).join(', ')}`,
  );
  return counts[0];
}

describe.each(TEST_DATABASES)('a test database copied from a template on %s', (kind) => {
  const made: TestDatabase[] = [];
  const make = async (template?: 'migrated' | 'seeded') => {
    const database = await createTestDatabase(kind, template);
    made.push(database);
    return database;
  };
  afterAll(async () => {
    for (const database of made) await database.drop();
  });

  it('has the objects, owners, grants and migrations of one migrated from empty', async () => {
    const fresh = await make();
    const copy = await make('migrated');
    for (const database of [fresh, copy]) await (await openTestDatabase(database, 1)).destroy();
    const expected = await catalog(kind, fresh, true);
    expect(expected.some((line) => line.startsWith('relation audit_event r OWNER'))).toBe(true);
    expect(expected.filter((line) => line.startsWith('migration ')).length).toBeGreaterThan(10);
    expect(expected.some((line) => line.startsWith('statistics audit_event '))).toBe(true);
    expect(await catalog(kind, copy, true)).toEqual(expected);
  });

  it('seeded, holds what seeding one migrated from empty writes', async () => {
    const fresh = await make();
    const copy = await make('seeded');
    const db = await openTestDatabase(fresh, 1);
    try {
      await seedOdensePlan(db);
    } finally {
      await db.destroy();
    }
    await (await openTestDatabase(copy, 1)).destroy();
    expect(await catalog(kind, copy)).toEqual(await catalog(kind, fresh));
    const expected = await rowCounts(kind, fresh);
    expect(Number(expected?.plan_activity)).toBeGreaterThan(0);
    expect(await rowCounts(kind, copy)).toEqual(expected);
  });
});
