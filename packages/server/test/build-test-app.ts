import type { Role } from '@helhed/core';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import { buildApp } from '../src/app.ts';
import { seedOdensePlan } from '../src/first-start.ts';
import { insertPlan } from '../src/modules/plan/index.ts';
import { createDatabase, type Database } from '../src/platform/db/database.ts';
import { systemActor, withTransaction } from '../src/platform/db/transaction.ts';
import { createUser } from '../src/platform/users/service.ts';
import {
  createTestDatabase,
  openTestDatabase,
  type TestDatabase,
  type TestDatabaseKind,
} from './test-databases.ts';

export const TEST_PASSWORD = 'korrekt hest batteri hæfteklamme';

export interface TestApp {
  app: FastifyInstance;
  /** The runtime role's pool, as the app's. */
  db: Kysely<Database>;
  database: TestDatabase;
  /** Runs fn as the database's owner (restore, bulk loads, checks of what only the owner may do). */
  asOwner<T>(fn: (owner: Kysely<Database>) => Promise<T>): Promise<T>;
  planId: string;
  close(): Promise<void>;
}

/** A migrated, seeded database of its own and the whole app on top, without a socket. */
export async function buildTestApp(kind: TestDatabaseKind): Promise<TestApp> {
  // A copy of the seeded template (decision 0026), as if migrated from empty and seeded.
  const database = await createTestDatabase(kind, 'seeded');
  // As the server runs: migrated by the owner, the app on the runtime role (decision 0014).
  const db = await openTestDatabase(database, 5);
  // Seeding again finds the plan there and changes nothing, as at every start of the server.
  const plan = await seedOdensePlan(db);
  const app = await buildApp({ db, cookies: { secure: true }, retentionSchedule: false });
  await app.ready();
  return {
    app,
    db,
    database,
    asOwner: (fn) => asOwnerOf(database, fn),
    planId: plan.id,
    close: async () => {
      await app.close();
      await db.destroy();
      await database.drop();
    },
  };
}

export async function asOwnerOf<T>(
  database: TestDatabase,
  fn: (owner: Kysely<Database>) => Promise<T>,
): Promise<T> {
  const { db } = createDatabase(database.url, 2);
  try {
    return await fn(db);
  } finally {
    await db.destroy();
  }
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

/** An app of its own with one signed-in user: `({ t, session } = await appWithUser(kind, 'admin', …))`. */
export async function appWithUser(
  kind: TestDatabaseKind,
  role: Role,
  email: string,
): Promise<{ t: TestApp; session: Session }> {
  const t = await buildTestApp(kind);
  await addUser(t.db, t.planId, role, email);
  return { t, session: await signIn(t.app, email) };
}
