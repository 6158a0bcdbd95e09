import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './database.ts';

/**
 * Two roles per database (decision 0014): the owner runs migrations, restore and bulk loads; the
 * runtime role is what the server and CLI use for everything else. Named after the database, so that
 * many databases on one cluster (a test run makes one per test file, in parallel) never share roles.
 */
export interface RoleNames {
  owner: string;
  runtime: string;
}

export function roleNamesFor(database: string): RoleNames {
  return { owner: `${database}_owner`, runtime: `${database}_app` };
}

// GRANT/REVOKE on the one session_replication_role row of pg_parameter_acl, run by parallel test files,
// fail with "tuple concurrently updated": every change to it takes this lock first (in the database the
// superuser is connected to, as advisory locks are per database).
const PARAMETER_ACL_LOCK = 7_340_014;

/** The role's name as an SQL identifier (pg's own quoting). */
const ident = (client: pg.ClientBase, name: string) => client.escapeIdentifier(name);

/**
 * As a superuser: creates the owner and runtime roles if missing, gives the owner the database and the
 * right to pause triggers (`SET session_replication_role`, PostgreSQL 15+), and takes over objects an
 * earlier version created as the superuser. A parallel creator of the same role is tolerated.
 */
export async function ensureDatabaseRoles(
  admin: pg.ClientBase,
  database: string,
  roles: RoleNames = roleNamesFor(database),
): Promise<void> {
  for (const role of [roles.owner, roles.runtime]) {
    const { rowCount } = await admin.query('select 1 from pg_roles where rolname = $1', [role]);
    if (rowCount) continue;
    await admin
      .query(`create role ${ident(admin, role)} login nosuperuser nocreatedb nocreaterole noreplication`)
      .catch((error: { code?: string }) => {
        // 42710 duplicate_object; 23505 when two creators race on pg_authid's unique index.
        if (error.code !== '42710' && error.code !== '23505') throw error;
      });
  }
  await admin.query(`alter database ${ident(admin, database)} owner to ${ident(admin, roles.owner)}`);
  await admin.query('begin');
  try {
    await admin.query('select pg_advisory_xact_lock($1)', [PARAMETER_ACL_LOCK]);
    await admin.query(`grant set on parameter session_replication_role to ${ident(admin, roles.owner)}`);
    await admin.query('commit');
  } catch (error) {
    await admin.query('rollback');
    throw error;
  }
}

/**
 * As a superuser connected to the database itself: objects in `public` that another role owns (an
 * installation from before decision 0014 migrated as the superuser) are handed to the owner.
 */
export async function adoptObjects(adminInDatabase: pg.ClientBase, owner: string): Promise<void> {
  await adminInDatabase.query(
    `do $$
     declare r record;
     begin
       for r in select c.oid::regclass::text as name from pg_class c
                 where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'v', 'm', 'p')
                   and c.relowner <> ${adminInDatabase.escapeLiteral(owner)}::regrole loop
         execute format('alter table %s owner to %I', r.name, ${adminInDatabase.escapeLiteral(owner)});
       end loop;
       for r in select p.oid::regprocedure::text as name from pg_proc p
                 where p.pronamespace = 'public'::regnamespace
                   and p.proowner <> ${adminInDatabase.escapeLiteral(owner)}::regrole loop
         execute format('alter routine %s owner to %I', r.name, ${adminInDatabase.escapeLiteral(owner)});
       end loop;
     end $$`,
  );
}

/** As a superuser: removes the roles of a dropped database (their grants elsewhere go with them). */
export async function dropDatabaseRoles(admin: pg.ClientBase, roles: RoleNames): Promise<void> {
  const names = `${ident(admin, roles.owner)}, ${ident(admin, roles.runtime)}`;
  await admin.query('begin');
  try {
    await admin.query('select pg_advisory_xact_lock($1)', [PARAMETER_ACL_LOCK]);
    await admin.query(`drop owned by ${names}`);
    await admin.query(`drop role ${names}`);
    await admin.query('commit');
  } catch (error) {
    await admin.query('rollback');
    throw error;
  }
}

/**
 * As the owner, after every migration run, so tables added later are covered: the runtime role may
 * read and write ordinary tables, only read and append the audit log, the erasure journal and the
 * quarters' approvals, only read the migration bookkeeping; it owns nothing, so it can ALTER, DROP
 * or TRUNCATE nothing and create no triggers.
 */
export async function grantRuntimeRole(db: Kysely<Database>, runtime: string): Promise<void> {
  const role = sql.id(runtime);
  await db.transaction().execute(async (trx) => {
    // PostgreSQL before 15 lets everyone create objects in public; nothing in Helhed needs that.
    await sql`revoke create on schema public from public`.execute(trx);
    await sql`revoke all on all tables in schema public from ${role}`.execute(trx);
    await sql`grant usage on schema public to ${role}`.execute(trx);
    await sql`grant select, insert, update, delete on all tables in schema public to ${role}`.execute(trx);
    await sql`revoke update, delete on audit_event, erasure_journal, quarter_event from ${role}`.execute(trx);
    await sql`revoke insert, update, delete on schema_migration, schema_migration_lock from ${role}`.execute(
      trx,
    );
    await sql`grant usage on all sequences in schema public to ${role}`.execute(trx);
    await sql`grant execute on all functions in schema public to ${role}`.execute(trx);
  });
}

/** Who the connection is, and whether it could undo the audit log's protection. */
export async function describeConnection(
  db: Kysely<Database>,
): Promise<{ role: string; superuser: boolean; ownsTables: boolean }> {
  const { rows } = await sql<{ role: string; superuser: boolean; owns: boolean }>`
    select current_user as role, r.rolsuper as superuser,
           exists (select 1 from pg_class c where c.relnamespace = 'public'::regnamespace
                    and pg_has_role(c.relowner, 'USAGE')) as owns
      from pg_roles r where r.rolname = current_user`.execute(db);
  const row = rows[0];
  return { role: row?.role ?? '', superuser: row?.superuser ?? false, ownsTables: row?.owns ?? false };
}

/**
 * Creates the app database and its two roles when missing, and hands every existing object to the
 * owner role (the embedded server's first start and every start after an upgrade).
 */
export async function ensureAppDatabase(superuserUrl: string, appUrl: string, database: string) {
  const roles = roleNamesFor(database);
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) await client.query(`create database ${client.escapeIdentifier(database)}`);
    await ensureDatabaseRoles(client, database, roles);
  } finally {
    await client.end();
  }
  const inDatabase = new pg.Client({ connectionString: appUrl });
  await inDatabase.connect();
  try {
    await adoptObjects(inDatabase, roles.owner);
  } finally {
    await inDatabase.end();
  }
}
