import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

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
  url: string;
  drop(): Promise<void>;
}

function adminUrl(kind: TestDatabaseKind): string {
  return kind === 'embedded' ? inject('embeddedUrl') : inject('postgresUrl');
}

/**
 * The URL with another database name. String surgery, not `new URL`: the embedded server's URL has no
 * host part (`postgresql://postgres@/helhed?host=/socket/dir`), which WHATWG URL rejects.
 */
function withDatabase(url: string, database: string): string {
  const match = /^(postgres(?:ql)?:\/\/[^/?]*)(\/[^?]*)?(\?.*)?$/.exec(url);
  if (!match) throw new Error(`unexpected database URL: ${url}`);
  return `${match[1]}/${database}${match[3] ?? ''}`;
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

/** A fresh, empty database of its own on the given server; drop() removes it again. */
export async function createTestDatabase(kind: TestDatabaseKind): Promise<TestDatabase> {
  const name = `helhed_test_${randomUUID().replaceAll('-', '').slice(0, 20)}`;
  await asAdmin(kind, (client) => client.query(`create database ${client.escapeIdentifier(name)}`));
  let dropped = false;
  return {
    url: withDatabase(adminUrl(kind), name),
    drop: async () => {
      if (dropped) return;
      dropped = true;
      // WITH (FORCE) terminates sessions a test left open (a pool not closed after a failure) and drops.
      await asAdmin(kind, (client) =>
        client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`),
      );
    },
  };
}
