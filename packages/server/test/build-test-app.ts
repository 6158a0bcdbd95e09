import type { Role } from '@helhed/core';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import { Secret, TOTP } from 'otpauth';
import { type AppOptions, buildApp } from '../src/app.ts';
import { seedOdensePlan } from '../src/first-start.ts';
import { insertPlan } from '../src/modules/plan/index.ts';
import { TOTP_PERIOD_SECONDS } from '../src/platform/auth/second-factor-codes.ts';
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

/**
 * The second factor of the administrators addUser makes (decision 0027): every administrator must
 * have one, so the fixtures give them a confirmed factor with this known secret, and signIn gives
 * the code through the real verify route.
 */
export const TEST_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/** The database of each test's app: where signIn reads the last accepted time step. */
const databaseOfApp = new WeakMap<FastifyInstance, Kysely<Database>>();

/** Tells signIn which database an app a test built itself runs on (buildTestApp's apps are known). */
export function knowDatabaseOf(app: FastifyInstance, db: Kysely<Database>): FastifyInstance {
  databaseOfApp.set(app, db);
  return app;
}

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
export async function buildTestApp(
  kind: TestDatabaseKind,
  logger: AppOptions['logger'] = false,
  options: Omit<Partial<AppOptions>, 'db'> = {},
): Promise<TestApp> {
  // A copy of the seeded template (decision 0026), as if migrated from empty and seeded.
  const database = await createTestDatabase(kind, 'seeded');
  // As the server runs: migrated by the owner, the app on the runtime role (decision 0014).
  const db = await openTestDatabase(database, 5);
  // Seeding again finds the plan there and changes nothing, as at every start of the server.
  const plan = await seedOdensePlan(db);
  const app = await buildApp({ db, cookies: { secure: true }, retentionSchedule: false, logger, ...options });
  await app.ready();
  databaseOfApp.set(app, db);
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
  { secondFactor = role === 'admin' }: { secondFactor?: boolean } = {},
) {
  const { user } = await createUser(db, systemActor('test'), planId, {
    clientKey: crypto.randomUUID(),
    email,
    displayName: `Test ${role}`,
    role,
    password: TEST_PASSWORD,
    mustChangePassword,
  });
  if (secondFactor) await addConfirmedFactor(db, planId, user.id);
  return user;
}

/** A confirmed second factor with TEST_TOTP_SECRET, as if the user had set it up under "Min konto". */
export async function addConfirmedFactor(db: Kysely<Database>, planId: string, userId: string) {
  await withTransaction(db, systemActor('test'), (trx) =>
    trx
      .insertInto('user_totp')
      .values({ plan_id: planId, user_id: userId, secret: TEST_TOTP_SECRET, confirmed_at: new Date() })
      .execute(),
  );
}

/**
 * A code of TEST_TOTP_SECRET for a time step later than the last one accepted, within the window.
 * Tests sign the same administrator in many times within 30 s; when the window has no unspent step
 * left, the fixture forgets the last step, standing in for the clock moving on. Replay itself is
 * tested in second-factor.test.ts with real codes, never through this helper.
 */
export async function nextTestCode(db: Kysely<Database>, userId: string): Promise<string> {
  const factor = await db
    .selectFrom('user_totp')
    .select('last_used_step')
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  const now = Math.floor(Date.now() / 1000 / TOTP_PERIOD_SECONDS);
  const last = factor.last_used_step === null ? Number.NEGATIVE_INFINITY : Number(factor.last_used_step);
  let step = [now - 1, now, now + 1].find((s) => s > last);
  if (step === undefined) {
    await withTransaction(db, systemActor('test'), (trx) =>
      trx.updateTable('user_totp').set({ last_used_step: null }).where('user_id', '=', userId).execute(),
    );
    step = now;
  }
  return totpCodeAt(TEST_TOTP_SECRET, step);
}

/**
 * Waits for the next time step when the current one ends within 5 s, so that a test may use the
 * steps around one `now` (the window's three) without the clock moving past one of them meanwhile.
 */
export async function awayFromStepEdge(): Promise<void> {
  const period = TOTP_PERIOD_SECONDS * 1000;
  const left = period - (Date.now() % period);
  if (left < 5000) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

/** The 6-digit code of a secret for a time step, as an authenticator app shows it. */
export function totpCodeAt(secret: string, step: number): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: TOTP_PERIOD_SECONDS }).generate({
    timestamp: step * TOTP_PERIOD_SECONDS * 1000,
  });
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

/** The password step only: a user with a second factor gets a session that awaits the code. */
export async function signInWithPassword(
  app: FastifyInstance,
  email: string,
  password = TEST_PASSWORD,
): Promise<Session & { userId: string; secondFactor: string }> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { email, password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const answer = response.json() as { csrfToken: string; user: { id: string; secondFactor: string } };
  return {
    cookie: sessionCookieOf(response),
    csrfToken: answer.csrfToken,
    userId: answer.user.id,
    secondFactor: answer.user.secondFactor,
  };
}

export async function signIn(
  app: FastifyInstance,
  email: string,
  password = TEST_PASSWORD,
): Promise<Session> {
  const { userId, secondFactor, ...session } = await signInWithPassword(app, email, password);
  if (secondFactor !== 'pending') return session;
  // The second step, through the real route, with the fixtures' known secret.
  const db = databaseOfApp.get(app);
  if (!db)
    throw new Error(
      'signIn: a user with a second factor needs an app made by buildTestApp or passed to knowDatabaseOf',
    );
  const verified = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/second-factor/verify',
    headers: as(session, 'POST'),
    payload: { code: await nextTestCode(db, userId) },
  });
  if (verified.statusCode !== 200)
    throw new Error(`second factor failed: ${verified.statusCode} ${verified.body}`);
  return verifiedSessionOf(verified);
}

/** What a successful second step answers: a new token and CSRF token (the pending ones are dead). */
export function verifiedSessionOf(response: LightMyRequestResponse): Session {
  return {
    cookie: sessionCookieOf(response),
    csrfToken: (response.json() as { csrfToken: string }).csrfToken,
  };
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
