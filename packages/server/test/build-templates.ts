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
    await forgetActivity(withDatabase(adminUrl, name));
    // Closed: no session may be connected to a template while it is copied. Owned by the superuser,
    // so that the template owner owns nothing but the objects a copy hands on.
    await withClient(adminUrl, async (admin) => {
      await admin.query(`alter database ${name} owner to current_user`);
      await admin.query(`alter database ${name} with is_template true allow_connections false`);
    });
  }
}

/**
 * Zeroes the template's activity counters, so that autovacuum never analyzes it (it may still do so on
 * a database nobody may connect to): every copy then starts without planner statistics, as a database
 * migrated from empty does, instead of with whatever autovacuum had done to the template by then.
 * Counters of a closed session arrive a moment late: reset until nothing is left.
 */
async function forgetActivity(url: string): Promise<void> {
  await withClient(url, async (client) => {
    for (let attempt = 0; ; attempt++) {
      const touched = await client.query(
        `select 1 from pg_stat_user_tables where autovacuum_count + autoanalyze_count > 0
          union all select 1 from pg_statistic s join pg_class c on c.oid = s.starelid
          where c.relnamespace = 'public'::regnamespace`,
      );
      if (touched.rowCount) throw new Error('autovacuum processed a template while it was made');
      await client.query('select pg_stat_reset()');
      await new Promise((resolve) => setTimeout(resolve, 200));
      const { rows } = await client.query<{ changes: string }>(
        `select coalesce(sum(n_mod_since_analyze + n_ins_since_vacuum + n_dead_tup), 0) as changes
           from pg_stat_user_tables`,
      );
      if (rows[0]?.changes === '0') return;
      if (attempt >= 20) throw new Error(`a template keeps changing: ${rows[0]?.changes} changes counted`);
    }
  });
}
