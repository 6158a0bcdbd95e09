import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { inject } from 'vitest';
import { createDatabase, type Database } from '../src/platform/db/database.ts';
import { migrateAndGrant } from '../src/platform/db/migrate.ts';
import {
  dropDatabaseRoles,
  ensureDatabaseRoles,
  type RoleNames,
  roleNamesFor,
} from '../src/platform/db/roles.ts';
import { adoptTemplateCopy, TEMPLATES, type Template } from './database-templates.ts';
import { withDatabase } from './database-url.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the embedded PostgreSQL 18 server (Unix socket). */
    embeddedUrl: string;
    /** Superuser URL of the distribution's PostgreSQL server (loopback TCP), as in server mode. */
    postgresUrl: string;
  }
}

/** Every data-layer and API test runs on both: the embedded server and a distribution's server. */
export const TEST_DATABASES = ['embedded', 'postgres'] as const;
export type TestDatabaseKind = (typeof TEST_DATABASES)[number];

export interface TestDatabase {
  /** As the database's owner (decision 0014): migrations, restore, bulk loads. */
  url: string;
  /** As its runtime role, what the app uses: no DDL, the audit log only read and appended. */
  runtimeUrl: string;
  roles: RoleNames;
  /** The environment of a `helhed` process that runs as the runtime role and migrates as the owner. */
  env: { DATABASE_URL: string; HELHED_MIGRATION_URL: string };
  drop(): Promise<void>;
}

function adminUrl(kind: TestDatabaseKind): string {
  return kind === 'embedded' ? inject('embeddedUrl') : inject('postgresUrl');
}

async function asAdmin<T>(kind: TestDatabaseKind, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl(kind) });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

// A session on the template (autovacuum's, in principle) makes a copy fail with 55006 for a moment.
const TEMPLATE_BUSY_RETRIES = 20;

async function createDatabaseFrom(client: pg.Client, name: string, template: Template | undefined) {
  const from = template === undefined ? '' : ` template ${client.escapeIdentifier(TEMPLATES[template])}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await client.query(`create database ${client.escapeIdentifier(name)}${from}`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt >= TEMPLATE_BUSY_RETRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * (attempt + 1)));
    }
  }
}

/**
 * A fresh database of its own on the given server, with its own owner and runtime roles (named after
 * it, so parallel test files never share or race on a role); drop() removes all three again. Empty,
 * or a copy of a template (database-templates.ts): 'migrated' holds the newest schema, 'seeded' also
 * the Odense plan and program Vollsmose. A copy's objects belong to its owner; openTestDatabase then
 * grants its runtime role, as for a database migrated from empty.
 */
export async function createTestDatabase(kind: TestDatabaseKind, template?: Template): Promise<TestDatabase> {
  const name = `helhed_test_${randomUUID().replaceAll('-', '').slice(0, 20)}`;
  const roles = roleNamesFor(name);
  await asAdmin(kind, async (client) => {
    await createDatabaseFrom(client, name, template);
    await ensureDatabaseRoles(client, name, roles);
  });
  if (template !== undefined) await adoptTemplateCopy(withDatabase(adminUrl(kind), name), roles.owner);
  let dropped = false;
  const url = withDatabase(adminUrl(kind), name, roles.owner);
  const runtimeUrl = withDatabase(adminUrl(kind), name, roles.runtime);
  return {
    url,
    runtimeUrl,
    roles,
    env: { DATABASE_URL: runtimeUrl, HELHED_MIGRATION_URL: url },
    drop: async () => {
      if (dropped) return;
      dropped = true;
      // WITH (FORCE) terminates sessions a test left open (a pool not closed after a failure) and drops.
      await asAdmin(kind, async (client) => {
        await client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`);
        await dropDatabaseRoles(client, roles);
      });
    },
  };
}

/** Migrates as the owner, grants the runtime role, and returns a pool as the runtime role, as the server does. */
export async function openTestDatabase(
  database: TestDatabase,
  maxConnections = 5,
): Promise<Kysely<Database>> {
  const owner = createDatabase(database.url, 1);
  try {
    await migrateAndGrant(owner.db, database.roles.runtime);
  } finally {
    await owner.db.destroy();
  }
  return createDatabase(database.runtimeUrl, maxConnections).db;
}
