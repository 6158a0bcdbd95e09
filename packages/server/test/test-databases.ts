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

/**
 * The URL with another database name. String surgery, not `new URL`: the embedded server's URL has no
 * host part (`postgresql://postgres@/helhed?host=/socket/dir`), which WHATWG URL rejects.
 */
function withDatabase(url: string, database: string, user?: string): string {
  const match = /^(postgres(?:ql)?:\/\/)([^@/?]*@)?([^/?]*)(\/[^?]*)?(\?.*)?$/.exec(url);
  if (!match) throw new Error(`unexpected database URL: ${url}`);
  const userPart = user === undefined ? (match[2] ?? '') : `${encodeURIComponent(user)}@`;
  return `${match[1]}${userPart}${match[3]}/${database}${match[5] ?? ''}`;
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

/**
 * A fresh, empty database of its own on the given server, with its own owner and runtime roles (named
 * after it, so parallel test files never share or race on a role); drop() removes all three again.
 */
export async function createTestDatabase(kind: TestDatabaseKind): Promise<TestDatabase> {
  const name = `helhed_test_${randomUUID().replaceAll('-', '').slice(0, 20)}`;
  const roles = roleNamesFor(name);
  await asAdmin(kind, async (client) => {
    await client.query(`create database ${client.escapeIdentifier(name)}`);
    await ensureDatabaseRoles(client, name, roles);
  });
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
