import pg from 'pg';
import { seedOdensePlan } from '../src/first-start.ts';
import { createDatabase } from '../src/platform/db/database.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';
import { ensureDatabaseRoles } from '../src/platform/db/roles.ts';
import { TEMPLATE_ROLES, TEMPLATES } from './database-templates.ts';
import { withDatabase } from './database-url.ts';

// The global setup's half of decision 0026 (database-templates.ts): makes the two templates. Apart,
// so that test files (and the web app's type check of the browser tests) import no module seeding.

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
