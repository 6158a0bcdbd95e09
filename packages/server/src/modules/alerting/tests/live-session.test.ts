import type { AddressInfo } from 'node:net';
import { da } from '@helhed/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAlertingTestApp,
  enterAlertList,
  PUBLIC_URL,
  raiseIncident,
} from '../../../../test/alerting-test-app.ts';
import {
  addUser,
  as,
  knowDatabaseOf,
  type Session,
  signIn,
  TEST_PASSWORD,
  type TestApp,
} from '../../../../test/build-test-app.ts';
import { type Followed, follow, within } from '../../../../test/event-stream.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { buildApp } from '../../../app.ts';
import { liveStreamSettingsFromEnv } from '../../../platform/auth/live-streams.ts';
import { deleteSession } from '../../../platform/auth/queries.ts';
import { systemActor, withTransaction } from '../../../platform/db/transaction.ts';
import { insertTeam } from '../../registration/queries/lookups.ts';
import { alertingConfigFromEnv } from '../service/config.ts';

const RECHECK_MS = 200;

describe('the re-check setting', () => {
  it('is 30 seconds by default and never longer', () => {
    const of = (value?: string) =>
      liveStreamSettingsFromEnv({ HELHED_STREAM_RECHECK_SECONDS: value }).recheckMs;
    expect(of()).toBe(30_000);
    expect(of('5')).toBe(5_000);
    expect(of('0.5')).toBe(500);
    expect(of('3600')).toBe(30_000);
    for (const bad of ['', '0', '-1', 'tre']) expect(of(bad)).toBe(30_000);
  });
});

const ENDED_NOTICE = `event: end\ndata: ${JSON.stringify({ message: da.accounts.errors.streamEnded })}`;

// The incident page's event stream follows its session: ended at sign-out, and within the re-check
// interval when the session, the user or the role changes in the database (another process).
describe.each(TEST_DATABASES)('live streams follow the session (%s)', (kind) => {
  let t: TestApp;
  // A second app process on the same database with the default 30-second re-check.
  let slow: FastifyInstance;
  const urls: { fast: string; slow: string } = { fast: '', slow: '' };
  let incidentId: string;

  const listen = async (app: FastifyInstance) => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  };
  const openStream = (base: string, session: Session) =>
    fetch(`${base}/api/v1/alerting/incidents/${incidentId}/events`, { headers: { cookie: session.cookie } });
  const startStream = async (base: string, session: Session) => {
    const response = await openStream(base, session);
    expect(response.status).toBe(200);
    const stream = follow(response);
    await stream.until(/event: change/);
    return stream;
  };
  const worker = async (email: string) => {
    await addUser(t.db, t.planId, 'worker', email);
    return signIn(t.app, email);
  };

  beforeAll(async () => {
    t = await buildAlertingTestApp(kind, { smtpUrl: null }, { liveStreams: { recheckMs: RECHECK_MS } });
    slow = await buildApp({
      db: t.db,
      alerting: { ...alertingConfigFromEnv({}), smtpUrl: null, publicUrl: PUBLIC_URL, runWorker: false },
    });
    knowDatabaseOf(slow, t.db);
    urls.fast = await listen(t.app);
    urls.slow = await listen(slow);
    await addUser(t.db, t.planId, 'alerting', 'ssp@ssp.test');
    const leader = await signIn(t.app, 'ssp@ssp.test');
    await enterAlertList(t.app, leader);
    const raised = await raiseIncident(t.app, leader);
    incidentId = raised.json().id;
  });
  afterAll(async () => {
    await slow?.close();
    await t?.close();
  });

  it('ends the stream at sign-out at once, long before the 30-second re-check', async () => {
    const session = await worker('ud@test.dk');
    const stream = await startStream(urls.slow, session);
    const started = Date.now();
    const signOut = await slow.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-out',
      headers: as(session, 'POST'),
    });
    expect(signOut.statusCode).toBe(204);
    expect(await within(stream.ended, 3_000, 'end after sign-out')).toContain(ENDED_NOTICE);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect((await openStream(urls.slow, session)).status).toBe(401);
  });

  it('ends the streams of sessions ended under "Mine sessioner" at once, and only those', async () => {
    await addUser(t.db, t.planId, 'worker', 'tre@test.dk');
    const [here, laptop, phone] = [
      await signIn(slow, 'tre@test.dk'),
      await signIn(slow, 'tre@test.dk'),
      await signIn(slow, 'tre@test.dk'),
    ] as [Session, Session, Session];
    const idOf = async (session: Session) =>
      (await slow.inject({ url: '/api/v1/auth/sessions', headers: as(session) }))
        .json()
        .sessions.find((s: { isCurrent: boolean }) => s.isCurrent).id as string;
    const streams = [
      await startStream(urls.slow, here),
      await startStream(urls.slow, laptop),
      await startStream(urls.slow, phone),
    ] as [Followed, Followed, Followed];

    const ended = await slow.inject({
      method: 'DELETE',
      url: `/api/v1/auth/sessions/${await idOf(laptop)}`,
      headers: as(here, 'DELETE'),
    });
    expect(ended.statusCode).toBe(204);
    expect(await within(streams[1].ended, 3_000, 'end of the laptop session')).toContain(ENDED_NOTICE);
    expect(streams[2].isEnded()).toBe(false);

    const others = await slow.inject({
      method: 'POST',
      url: '/api/v1/auth/sessions/end-others',
      headers: as(here, 'POST'),
    });
    expect(others.json()).toEqual({ ended: 1 });
    expect(await within(streams[2].ended, 3_000, 'end of the other sessions')).toContain(ENDED_NOTICE);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(streams[0].isEnded()).toBe(false);
    await streams[0].cancel();
  });

  it("ends the other sessions' streams at a password change and all streams at a team change, at once", async () => {
    const user = await addUser(t.db, t.planId, 'worker', 'skift@test.dk');
    await addUser(t.db, t.planId, 'admin', 'admin@test.dk');
    const admin = await signIn(slow, 'admin@test.dk');
    const here = await signIn(slow, 'skift@test.dk');
    const there = await signIn(slow, 'skift@test.dk');
    const [current, other] = [await startStream(urls.slow, here), await startStream(urls.slow, there)];
    const changed = await slow.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: as(here, 'POST'),
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'en helt ny og lang adgangskode' },
    });
    expect(changed.statusCode).toBe(204);
    expect(await within(other.ended, 3_000, 'end after password change')).toContain(ENDED_NOTICE);
    expect(current.isEnded()).toBe(false);

    const team = await withTransaction(t.db, systemActor('test', t.planId), (trx) =>
      insertTeam(trx, t.planId, crypto.randomUUID(), 'Team Vest'),
    );
    const moved = await slow.inject({
      method: 'PUT',
      url: `/api/v1/users/${user.id}/team`,
      headers: as(admin, 'PUT'),
      payload: { teamId: team?.id },
    });
    expect(moved.statusCode).toBe(200);
    expect(await within(current.ended, 3_000, 'end after team change')).toContain(ENDED_NOTICE);
  });

  it('ends the stream within the re-check interval when the session is deleted in the database', async () => {
    await addUser(t.db, t.planId, 'worker', 'to@test.dk');
    const first = await signIn(t.app, 'to@test.dk');
    const second = await signIn(t.app, 'to@test.dk');
    const sessions = await t.app.inject({ url: '/api/v1/auth/sessions', headers: as(first) });
    const current = sessions.json().sessions.find((s: { isCurrent: boolean }) => s.isCurrent);
    const ending = await startStream(urls.fast, first);
    const staying = await startStream(urls.fast, second);

    // As another process would: the row is gone, nothing in this process was told.
    await withTransaction(t.db, systemActor('test', t.planId), (trx) => deleteSession(trx, current.id));
    expect(await within(ending.ended, 10 * RECHECK_MS, 'end after the session was deleted')).toContain(
      ENDED_NOTICE,
    );
    // The user's other session still grants its stream, through several re-checks.
    await new Promise((resolve) => setTimeout(resolve, 4 * RECHECK_MS));
    expect(staying.isEnded()).toBe(false);
    await staying.cancel();
  });

  it('ends the stream when the role no longer allows it, the team changed or the user is deactivated', async () => {
    const demoted = await worker('rolle@test.dk');
    const moved = await worker('team@test.dk');
    const deactivated = await worker('stop@test.dk');
    const watching = await worker('bliver@test.dk');
    const streams = {
      demoted: await startStream(urls.fast, demoted),
      moved: await startStream(urls.fast, moved),
      deactivated: await startStream(urls.fast, deactivated),
      watching: await startStream(urls.fast, watching),
    };
    // As an administrator in another process would, with the actor set for the audit trigger.
    await withTransaction(t.db, systemActor('test', t.planId), async (trx) => {
      const team = await insertTeam(trx, t.planId, crypto.randomUUID(), 'Team Syd');
      const set = (email: string, change: { role?: 'reader'; team_id?: string; is_active?: boolean }) =>
        trx.updateTable('app_user').set(change).where('email', '=', email).execute();
      await set('rolle@test.dk', { role: 'reader' });
      await set('team@test.dk', { team_id: team?.id as string });
      await set('stop@test.dk', { is_active: false });
    });
    const limit = 10 * RECHECK_MS;
    expect(await within(streams.demoted.ended, limit, 'end after role change')).toContain(ENDED_NOTICE);
    expect(await within(streams.moved.ended, limit, 'end after team change')).toContain(ENDED_NOTICE);
    expect(await within(streams.deactivated.ended, limit, 'end after deactivation')).toContain(ENDED_NOTICE);
    expect(streams.watching.isEnded()).toBe(false);
    // A team change keeps the read: the browser's reconnect gets a new stream.
    await (await startStream(urls.fast, moved)).cancel();
    // The reader's session is still live, but the stream's read is no longer its role's.
    expect((await openStream(urls.fast, demoted)).status).toBe(403);
    await streams.watching.cancel();
  });

  it('refuses a sixth stream of one user with 429, and a closed stream frees its slot', async () => {
    const session = await worker('fem@test.dk');
    const five = [];
    for (let i = 0; i < 5; i++) five.push(await startStream(urls.fast, session));
    const sixth = await openStream(urls.fast, session);
    expect(sixth.status).toBe(429);
    expect(await sixth.json()).toEqual({
      error: { code: 'STREAM_LIMIT', message: da.accounts.errors.tooManyStreams },
    });
    // Another user is not held back by this user's streams.
    const other = await startStream(urls.fast, await worker('anden@test.dk'));

    await five[0]?.cancel();
    let again = await openStream(urls.fast, session);
    for (let tries = 0; again.status === 429 && tries < 50; tries++) {
      await again.body?.cancel();
      await new Promise((resolve) => setTimeout(resolve, 20));
      again = await openStream(urls.fast, session);
    }
    expect(again.status).toBe(200);
    const replacement = follow(again);
    await replacement.until(/event: change/);
    const seventh = await openStream(urls.fast, session);
    expect(seventh.status).toBe(429);
    await seventh.body?.cancel();
    for (const stream of [...five.slice(1), replacement, other]) await stream.cancel();
  });
});
