import type { Role } from '@helhed/core';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import { buildApp } from '../src/app.ts';
import { insertPlan } from '../src/modules/plan/queries.ts';
import { createDatabase, type Database } from '../src/platform/db/database.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';
import { systemActor, withTransaction } from '../src/platform/db/transaction.ts';
import { seedOdensePlan } from '../src/platform/first-start.ts';
import { createUser } from '../src/platform/users/service.ts';
import { createTestDatabase, type TestDatabaseKind } from './test-databases.ts';

export const TEST_PASSWORD = 'korrekt hest batteri hæfteklamme';

export interface TestApp {
  app: FastifyInstance;
  db: Kysely<Database>;
  planId: string;
  close(): Promise<void>;
}

/** A migrated, seeded database of its own and the whole app on top, without a socket. */
export async function buildTestApp(kind: TestDatabaseKind): Promise<TestApp> {
  const database = await createTestDatabase(kind);
  const { db } = createDatabase(database.url, 5);
  await migrateToLatest(db);
  const plan = await seedOdensePlan(db);
  const app = await buildApp({ db, cookies: { secure: true } });
  await app.ready();
  return {
    app,
    db,
    planId: plan.id,
    close: async () => {
      await app.close();
      await db.destroy();
      await database.drop();
    },
  };
}

export async function addPlan(db: Kysely<Database>, slug: string): Promise<string> {
  const plan = await withTransaction(db, systemActor('test'), (trx) =>
    insertPlan(trx, {
      slug,
      name: `Plan ${slug}`,
      municipality: 'Aarhus Kommune',
      periodStart: '2025-01-01',
      periodEnd: '2028-12-31',
    }),
  );
  return plan.id;
}

export async function addUser(
  db: Kysely<Database>,
  planId: string,
  role: Role,
  email: string,
  mustChangePassword = false,
) {
  const { user } = await createUser(db, systemActor('test'), planId, {
    clientKey: crypto.randomUUID(),
    email,
    displayName: `Test ${role}`,
    role,
    password: TEST_PASSWORD,
    mustChangePassword,
  });
  return user;
}

export interface Session {
  cookie: string;
  csrfToken: string;
}

export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === '__Host-helhed-session');
  if (!cookie) throw new Error(`no session cookie (status ${response.statusCode}: ${response.body})`);
  return `${cookie.name}=${cookie.value}`;
}

export async function signIn(
  app: FastifyInstance,
  email: string,
  password = TEST_PASSWORD,
): Promise<Session> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { email, password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  return { cookie: sessionCookieOf(response), csrfToken: response.json().csrfToken };
}

/** A signed-in request: the cookie, and the CSRF token on state-changing methods. */
export function as(session: Session, method = 'GET') {
  const headers: Record<string, string> = { cookie: session.cookie };
  if (method !== 'GET') headers['x-csrf-token'] = session.csrfToken;
  return headers;
}
