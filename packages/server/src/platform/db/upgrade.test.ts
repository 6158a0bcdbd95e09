import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, signIn, TEST_PASSWORD } from '../../../test/build-test-app.ts';
import { getPathsOf, walkGetRoutes } from '../../../test/get-route-walk.ts';
import {
  checkOutPreviousRelease,
  PREVIOUS_RELEASE,
  type PreviousRelease,
} from '../../../test/previous-release.ts';
import {
  createTestDatabase,
  openTestDatabase,
  TEST_DATABASES,
  type TestDatabase,
} from '../../../test/test-databases.ts';
import { buildApp } from '../../app.ts';
import { seedOdensePlan } from '../../first-start.ts';
import { migrations } from '../../migrations/index.ts';
import type { Database } from './database.ts';

// An installation of the previous release (its own code, from git) with the Odense plan, the demo
// registrations and two accounts; then this version starts on that database as the server does
// (migrate, first-start seed). Every row must still be there and every GET route must answer.
async function tableCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables.rows) {
      const r = await client.query<{ n: string }>(
        `select count(*) as n from ${client.escapeIdentifier(name)}`,
      );
      counts[name] = Number(r.rows[0]?.n);
    }
    return counts;
  } finally {
    await client.end();
  }
}

let previous: PreviousRelease;
beforeAll(() => {
  previous = checkOutPreviousRelease();
});
afterAll(() => previous?.remove());

describe.each(TEST_DATABASES)(`upgrading from ${PREVIOUS_RELEASE} on %s`, (kind) => {
  let database: TestDatabase;
  let db: Kysely<Database>;
  let app: FastifyInstance;
  let before: Record<string, number>;
  let after: Record<string, number>;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const steps: Array<[string[], string]> = [
      [['migrate'], ''],
      [['seed'], ''],
      [['seed', '--synthetic', '--demo'], ''],
      [['users', 'add', '--email', `leder-${kind}@opgradering.dk`, '--role', 'leader'], `${TEST_PASSWORD}\n`],
      [['users', 'add', '--email', `admin-${kind}@opgradering.dk`, '--role', 'admin'], `${TEST_PASSWORD}\n`],
    ];
    for (const [args, stdin] of steps) {
      const run = await previous.helhed(args, database.env, stdin);
      expect(run.code, `${args.join(' ')}: ${run.output}`).toBe(0);
    }
    before = await tableCounts(database.url);
    db = await openTestDatabase(database);
    await seedOdensePlan(db);
    after = await tableCounts(database.url);
    app = await buildApp({ db, cookies: { secure: true }, retentionSchedule: false });
    await app.ready();
  }, 600_000);
  afterAll(async () => {
    await app?.close();
    await db?.destroy();
    await database?.drop();
  });

  it('keeps every row of every table', () => {
    expect(before.participant).toBeGreaterThan(100);
    expect(before.app_user).toBe(2);
    // The migration log gains one row per migration the new version adds; every other table is as it was.
    const { schema_migration: ranBefore, ...data } = before;
    const kept = Object.fromEntries(Object.keys(data).map((table) => [table, after[table]]));
    expect(kept).toEqual(data);
    expect(ranBefore).toBeGreaterThan(0);
    expect(after.schema_migration).toBe(Object.keys(migrations).length);
  });

  it('signs in the old accounts and answers every GET route without a server error', async () => {
    const paths = await getPathsOf(app);
    const failures: string[] = [];
    for (const role of ['leder', 'admin']) {
      const session = await signIn(app, `${role}-${kind}@opgradering.dk`);
      await walkGetRoutes(app, session, paths, async (url) => {
        const response = await app.inject({ method: 'GET', url, headers: as(session) });
        if (response.statusCode >= 500)
          failures.push(`${role} GET ${url}: ${response.statusCode} ${response.body}`);
        return response;
      });
      if (role === 'leder') {
        const list = await app.inject({ method: 'GET', url: '/api/v1/participants', headers: as(session) });
        expect(list.statusCode).toBe(200);
        expect(JSON.stringify(list.json()).length).toBeGreaterThan(1000);
      }
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
