import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, buildTestApp, signIn, type TestApp } from '../../../test/build-test-app.ts';
import { TEST_DATABASES } from '../../../test/test-databases.ts';
import { findLiveSession, findUserForSignIn } from '../auth/queries.ts';
import { hashToken, SESSION_IDLE_MINUTES } from '../auth/session-cookie.ts';
import { createDatabase } from './database.ts';
import { prepareAs } from './prepared.ts';

// The session lookup runs at every request; it is sent as a named prepared statement (issue 18).
// Only queries marked in the code are named: what a caller sends never adds a statement.
describe.each(TEST_DATABASES)('prepared statements on %s', (kind) => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await buildTestApp(kind);
    await addUser(t.db, t.planId, 'worker', 'forberedt@test.dk');
    token = (await signIn(t.app, 'forberedt@test.dk')).cookie.split('=')[1] as string;
  });
  afterAll(async () => t.close());

  it('keeps the session lookup prepared on the connection, and nothing a caller sent', async () => {
    // One connection, so the statements it keeps are the ones this test sent.
    const { db, pool } = createDatabase(t.database.runtimeUrl, 1);
    try {
      const first = await findLiveSession(db, hashToken(token), SESSION_IDLE_MINUTES);
      const again = await findLiveSession(db, hashToken(token), SESSION_IDLE_MINUTES);
      expect(first?.email).toBe('forberedt@test.dk');
      expect(again).toEqual(first);
      expect(await findLiveSession(db, hashToken('ikke-en-session'), SESSION_IDLE_MINUTES)).toBeUndefined();
      await findUserForSignIn(db, 'forberedt@test.dk');
      const kept = await pool.query<{ name: string }>(
        'select name from pg_prepared_statements order by name',
      );
      expect(kept.rows.map((r) => r.name)).toEqual(['live-session']);
    } finally {
      await db.destroy();
    }
  });

  it('refuses one name for two queries', () => {
    expect(() => prepareAs('live-session', 'select 1')).toThrow(/names two queries/);
  });
});
