import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { createTestDatabase, TEST_DATABASES, type TestDatabaseKind } from './test-databases.ts';

async function query<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

async function majorVersion(kind: TestDatabaseKind): Promise<number> {
  const database = await createTestDatabase(kind);
  try {
    const [row] = await query<{ version: string; num: string }>(
      database.url,
      `select version(), current_setting('server_version_num') as num`,
    );
    expect(row?.version).toMatch(/^PostgreSQL \d+/);
    return Math.floor(Number(row?.num) / 10_000);
  } finally {
    await database.drop();
  }
}

describe.each(TEST_DATABASES)('test database on %s', (kind) => {
  it('is a fresh database of its own, durable, and gone after drop()', async () => {
    const database = await createTestDatabase(kind);
    const [row] = await query<{ name: string; fsync: string; commit: string; tables: string }>(
      database.url,
      `select current_database() as name, current_setting('fsync') as fsync,
              current_setting('synchronous_commit') as commit,
              (select count(*) from pg_tables where schemaname = 'public') as tables`,
    );
    expect(row).toMatchObject({ fsync: 'on', commit: 'on', tables: '0' });
    await database.drop();
    const admin = kind === 'embedded' ? inject('embeddedUrl') : inject('postgresUrl');
    const left = await query(admin, `select 1 from pg_database where datname = '${row?.name}'`);
    expect(left).toHaveLength(0);
  });
});

it('runs on two different PostgreSQL major versions (embedded 18, distribution older)', async () => {
  const [embedded, distribution] = await Promise.all([majorVersion('embedded'), majorVersion('postgres')]);
  expect(embedded).toBe(18);
  expect(distribution).not.toBe(embedded);
});
