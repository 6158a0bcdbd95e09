import pg from 'pg';
import { seedOdensePlan } from '../src/first-start.ts';
import { createDatabase } from '../src/platform/db/database.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';
import { ensureDatabaseRoles, roleNamesFor } from '../src/platform/db/roles.ts';
import { withDatabase } from './database-url.ts';

/**
 * Template databases (decision 0026). The global setup migrates one database per server once, and
 * seeds a copy of it with the Odense plan; a test database that needs either is a copy of it
 * (`create database … template …`) instead of running every migration again. Every object of a
 * template is owned by TEMPLATE_OWNER and nobody is granted anything, so a copy becomes exactly a
 * freshly migrated database once adoptTemplateCopy has handed every object to the copy's own owner
 * and migrateAndGrant has granted the copy's runtime role (decision 0014).
 */
export const TEMPLATES = { migrated: 'helhed_template_migrated', seeded: 'helhed_template_seeded' } as const;
export type Template = keyof typeof TEMPLATES;
export const TEMPLATE_ROLES = roleNamesFor('helhed_template');

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function asTemplateOwner(
  adminUrl: string,
  database: string,
  fn: (db: ReturnType<typeof createDatabase>['db']) => Promise<unknown>,
) {
  const { db } = createDatabase(withDatabase(adminUrl, database, TEMPLATE_ROLES.owner), 1);
  try {
    await fn(db);
  } finally {
    await db.destroy();
  }
}

/** As the superuser of a fresh test server: makes both templates, migrated and seeded by their owner. */
export async function buildTemplates(adminUrl: string): Promise<void> {
  const { migrated, seeded } = TEMPLATES;
  await withClient(adminUrl, async (admin) => {
    await admin.query(`create database ${migrated}`);
    await ensureDatabaseRoles(admin, migrated, TEMPLATE_ROLES);
  });
  await asTemplateOwner(adminUrl, migrated, (db) => migrateToLatest(db));
  await withClient(adminUrl, async (admin) => {
    await admin.query(`create database ${seeded} template ${migrated}`);
    await ensureDatabaseRoles(admin, seeded, TEMPLATE_ROLES);
  });
  await asTemplateOwner(adminUrl, seeded, (db) => seedOdensePlan(db));
  for (const name of [migrated, seeded]) {
    // Settled (nothing left for autovacuum, which would block a copy while connected), then closed:
    // no session may be connected to a template while it is copied. Owned by the superuser, so that
    // the template owner owns nothing outside the objects a copy hands on.
    await withClient(withDatabase(adminUrl, name), (client) => client.query('vacuum (freeze, analyze)'));
    await withClient(adminUrl, async (admin) => {
      await admin.query(`alter database ${name} owner to current_user`);
      await admin.query(`alter database ${name} with is_template true allow_connections false`);
    });
  }
}

/**
 * As the superuser, connected to a fresh copy of a template: hands every object the template owner
 * owns to the copy's owner, then checks that nothing in the copy still belongs to, or grants
 * anything to, a role other than that owner.
 */
export async function adoptTemplateCopy(adminInCopyUrl: string, owner: string): Promise<void> {
  await withClient(adminInCopyUrl, async (client) => {
    await client.query(
      `reassign owned by ${client.escapeIdentifier(TEMPLATE_ROLES.owner)} to ${client.escapeIdentifier(owner)}`,
    );
    const { rows } = await client.query<{ role: string }>(
      `select distinct d.refobjid::regrole::text as role from pg_shdepend d
        where d.dbid = (select oid from pg_database where datname = current_database())
          and d.refobjid <> $1::regrole`,
      [owner],
    );
    if (rows.length > 0) {
      throw new Error(`a copy of a template still depends on ${rows.map((r) => r.role).join(', ')}`);
    }
  });
}
