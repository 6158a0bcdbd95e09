import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ROLES } from '@helhed/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addConfirmedFactor,
  addUser,
  buildTestApp,
  type Session,
  signIn,
  signInWithPassword,
  type TestApp,
} from '../../../test/build-test-app.ts';
import { canonicalUrl, type Variant, variantsOf } from '../../../test/path-variants.ts';
import { TEST_DATABASES } from '../../../test/test-databases.ts';
import { insertSession } from '../auth/queries.ts';
import { newSessionToken, SESSION_ABSOLUTE_HOURS } from '../auth/session-cookie.ts';
import { systemActor, withTransaction } from '../db/transaction.ts';

// The test an attacker writes against the gate: every operation of the OpenAPI document, every
// spelling of its path (test/path-variants.ts), for every role, a user who must change the password
// and no session at all. Each variant must get the canonical request's status, and a refusal must
// carry nothing but the same error. Prints "routes × principals × variants" for the lead, and the
// operations that took longest over all their spellings and principals.
// The spellings are read by the HTTP layer before any query, so the whole matrix (126 000 requests)
// runs on the embedded database; on the PostgreSQL server every route and principal gets every
// fourth variant, a different quarter for each route (decision 0026).
const SHARE: Record<string, number> = { embedded: 1, postgres: 4 };

interface Answer {
  status: number;
  body: string;
}
interface Principal {
  name: string;
  userId: string | null;
  session: Session | null;
  /** The session awaits its second factor (decision 0027). */
  pending?: boolean;
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const IDS: Record<string, string> = {
  slug: 'beskaeftigelse',
  indicatorId: 'udd-karaktergennemsnit-9-klasse',
  id: '00000000-0000-4000-8000-000000000000',
  meetingId: '00000000-0000-4000-8000-000000000001',
  messageId: '00000000-0000-4000-8000-000000000002',
  sessionId: '00000000-0000-4000-8000-000000000003',
  enrolmentId: '00000000-0000-4000-8000-000000000004',
  offerId: '00000000-0000-4000-8000-000000000005',
  entryId: '00000000-0000-4000-8000-000000000006',
  position: '3',
  token: 'AbCdEf0123456789-_xyz',
};

describe.each(TEST_DATABASES)('every spelling of every route gets the canonical decision on %s', (kind) => {
  let t: TestApp;
  let planId: string;
  let base: string;
  const principals: Principal[] = [];
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  let address = 0;
  // Each request from its own address, so the per-address limit of sign-in counts no variant twice.
  const nextAddress = () => {
    address += 1;
    return `127.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255 || 1}`;
  };

  beforeAll(async () => {
    t = await buildTestApp(kind);
    planId = t.planId;
    const activity = await t.db
      .selectFrom('plan_activity')
      .select('id')
      .where('plan_id', '=', planId)
      .executeTakeFirstOrThrow();
    const subAgreement = await t.db
      .selectFrom('plan_sub_agreement')
      .select('id')
      .where('plan_id', '=', planId)
      .executeTakeFirstOrThrow();
    IDS.activityId = activity.id;
    IDS.subAgreementId = subAgreement.id;
    principals.push({ name: 'anonymous', userId: null, session: null });
    for (const role of ROLES) {
      const user = await addUser(t.db, planId, role, `${role}@variants.dk`);
      principals.push({ name: role, userId: user.id, session: await signIn(t.app, `${role}@variants.dk`) });
    }
    const pending = await addUser(t.db, planId, 'leader', 'pending@variants.dk', true);
    principals.push({
      name: 'must-change-password',
      userId: pending.id,
      session: await signIn(t.app, 'pending@variants.dk'),
    });
    // Decision 0027: a session that awaits its second factor, and an administrator without one.
    const awaiting = await addUser(t.db, planId, 'leader', 'awaiting-code@variants.dk');
    await addConfirmedFactor(t.db, planId, awaiting.id);
    const {
      userId: _,
      secondFactor,
      ...awaitingSession
    } = await signInWithPassword(t.app, 'awaiting-code@variants.dk');
    expect(secondFactor).toBe('pending');
    principals.push({
      name: 'second-factor-pending',
      userId: awaiting.id,
      session: awaitingSession,
      pending: true,
    });
    const bare = await addUser(t.db, planId, 'admin', 'no-factor@variants.dk', false, {
      secondFactor: false,
    });
    principals.push({
      name: 'admin-without-second-factor',
      userId: bare.id,
      session: await signIn(t.app, 'no-factor@variants.dk'),
    });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    agent.destroy();
    await t.close();
  });

  // Signing out ends the session: each sign-out request gets a fresh session of its principal.
  async function sessionFor(principal: Principal, path: string): Promise<Session | null> {
    if (!principal.userId || !/\/sign-out$/i.test(path)) return principal.session;
    const fresh = newSessionToken();
    const { tokenHash, csrfToken, token } = fresh;
    const userId = principal.userId;
    await withTransaction(t.db, systemActor('path-variants-test', planId), (trx) =>
      insertSession(trx, {
        planId,
        userId,
        tokenHash,
        csrfToken,
        absoluteHours: SESSION_ABSOLUTE_HOURS,
        ip: '127.0.0.1',
        userAgent: null,
        state: principal.pending ? 'pending-second-factor' : 'active',
      }),
    );
    return { cookie: `__Host-helhed-session=${token}`, csrfToken };
  }

  async function send(principal: Principal, request: Variant, canonicalPath: string): Promise<Answer> {
    const session = await sessionFor(principal, canonicalPath);
    const headers: Record<string, string> = { ...request.headers };
    if (session) headers.cookie = session.cookie;
    if (session && !SAFE.has(request.method)) headers['x-csrf-token'] = session.csrfToken;
    const payload = SAFE.has(request.method) ? undefined : '{}';
    if (payload) headers['content-type'] = 'application/json';
    if (!request.raw) {
      const r = await t.app.inject({
        method: request.method as 'GET',
        url: request.url,
        headers,
        payload,
        remoteAddress: nextAddress(),
      });
      return { status: r.statusCode, body: r.body };
    }
    if (payload) headers['content-length'] = String(Buffer.byteLength(payload));
    // Rate-limited routes (per route and address) get a fresh source address per request.
    const isSignIn =
      /\/(?:auth\/(?:sign-in|password|second-factor\/[a-z-]+|(?:oidc|saml)\/(?:start|callback|acs))|alerting\/kode)$/i.test(
        canonicalPath,
      );
    return rawRequest(request, headers, payload, isSignIn ? { localAddress: nextAddress() } : { agent });
  }

  // Over a socket, byte for byte; a kept-alive socket the server closed meanwhile is retried once.
  function rawRequest(
    request: Variant,
    headers: Record<string, string>,
    payload: string | undefined,
    options: http.RequestOptions,
    retry = true,
  ): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const req = http.request(`${base}${request.url}`, { method: request.method, headers, ...options });
      req.on('response', (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', (error) => {
        if (retry) return resolve(rawRequest(request, headers, payload, { agent: false }, false));
        reject(new Error(`${request.method} ${request.url}: ${error.message}`));
      });
      req.end(payload);
    });
  }

  function errorCodeOf(answer: Answer): string {
    // The documentation's own pages are not JSON: their text is compared whole.
    if (!answer.body.startsWith('{')) return answer.body;
    const parsed = JSON.parse(answer.body) as { error?: { code?: string } };
    expect(Object.keys(parsed)).toEqual(['error']);
    return parsed.error?.code ?? '';
  }

  it('routes × principals × variants: same status, and a refusal carries only the same error', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })),
    );
    expect(operations.length).toBeGreaterThan(100);
    const fill = (name: string) => IDS[name] ?? `x${name}`;
    const mismatches: string[] = [];
    let cases = 0;
    let variantCount = 0;
    const timing: [number, string][] = [];
    for (const operation of operations) {
      const started = Date.now();
      const url = canonicalUrl(operation.path, fill);
      const share = SHARE[kind] ?? 1;
      const offset = operations.indexOf(operation) % share;
      const variants = variantsOf(operation.method, operation.path, fill).filter(
        (_, index) => index % share === offset,
      );
      variantCount += variants.length;
      for (const principal of principals) {
        const canonical = await send(principal, { kind: 'canonical', method: operation.method, url }, url);
        const refused = canonical.status >= 400;
        const canonicalCode = refused ? errorCodeOf(canonical) : '';
        for (let i = 0; i < variants.length; i += 16) {
          const answers = await Promise.all(variants.slice(i, i + 16).map((v) => send(principal, v, url)));
          for (const [j, answer] of answers.entries()) {
            const variant = variants[i + j] as Variant;
            cases += 1;
            const label = `${principal.name} ${variant.method} ${variant.url} (${variant.kind}): ${answer.status}, canonical ${canonical.status}`;
            if (answer.status !== canonical.status) mismatches.push(label);
            else if (variant.method === 'HEAD') {
              if (answer.body !== '') mismatches.push(`${label}: HEAD body`);
            } else if (refused && errorCodeOf(answer) !== canonicalCode)
              mismatches.push(`${label}: other error`);
          }
        }
      }
      timing.push([Date.now() - started, `${operation.method} ${operation.path}`]);
    }
    const slowest = timing.sort((a, b) => b[0] - a[0]).slice(0, 3);
    console.log(
      `path-variant matrix on ${kind}: ${operations.length} operations × ${principals.length} principals, ` +
        `${variantCount} variants in all = ${cases} cases; slowest operations: ` +
        slowest.map(([ms, label]) => `${label} ${ms} ms`).join(', '),
    );
    expect(mismatches.slice(0, 30)).toEqual([]);
  }, 900_000);

  it('OPTIONS and an encoded slash name no route: a JSON 404 for everyone', async () => {
    for (const principal of principals) {
      for (const request of [
        { method: 'OPTIONS', url: '/api/v1/users' },
        { method: 'GET', url: '/api/v1%2Fusers' },
        { method: 'GET', url: '/api%2fv1/participants' },
      ]) {
        const answer = await send(principal, { kind: 'no-route', ...request }, request.url);
        expect({ who: principal.name, ...request, status: answer.status }).toEqual({
          who: principal.name,
          ...request,
          status: 404,
        });
        expect(errorCodeOf(answer)).toBe('ROUTE_NOT_FOUND');
      }
    }
  });

  it("the issue's probes, over a real socket, answer as the canonical requests", async () => {
    const reader = principals.find((p) => p.name === 'reader') as Principal;
    const worker = principals.find((p) => p.name === 'worker') as Principal;
    for (const url of ['/api/v%31/users', '/api/%761/users', '/api/v1/plan/../users', '/API/V1/USERS/']) {
      expect((await send(reader, { kind: 'probe', method: 'GET', url, raw: true }, url)).status).toBe(403);
    }
    const create = { kind: 'probe', method: 'POST', url: '/api/v%31/users', raw: true };
    const noCsrf = await new Promise<number>((resolve, reject) => {
      const req = http.request(`${base}${create.url}`, {
        method: 'POST',
        headers: { cookie: (worker.session as Session).cookie, 'content-type': 'application/json' },
        agent,
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end(JSON.stringify({ email: 'ny@leder.dk', role: 'leader' }));
    });
    expect(noCsrf).toBe(403);
  });
});
