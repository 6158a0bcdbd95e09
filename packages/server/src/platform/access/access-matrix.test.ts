import { ROLES, type Role } from '@helhed/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addUser,
  as,
  buildTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../../../test/build-test-app.ts';
import { ROUTES } from './access-matrix-routes.ts';
import { ACTION_ROLES } from './actions.ts';

// Every route × every role against the rules table, plus no session at all. Runs on one database:
// the gate is code, not SQL; the data-layer tests cover both databases.
// URLs are written as in the OpenAPI document; {placeholders} are filled with real ids of the
// seeded plan (see resolveUrl). `allowed` overrides the status expected for an allowed role.

describe('access matrix', () => {
  let t: TestApp;
  const sessions = new Map<Role, Session>();
  const ids: Record<string, string> = {
    slug: 'beskaeftigelse',
    indicatorId: 'udd-karaktergennemsnit-9-klasse',
    id: '00000000-0000-4000-8000-000000000000',
    meetingId: '00000000-0000-4000-8000-000000000001',
    messageId: '00000000-0000-4000-8000-000000000002',
    sessionId: '00000000-0000-4000-8000-000000000003',
    enrolmentId: '00000000-0000-4000-8000-000000000004',
  };
  const resolveUrl = (url: string) => url.replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? name);
  beforeAll(async () => {
    t = await buildTestApp('postgres');
    const activity = await t.db
      .selectFrom('plan_activity')
      .select('id')
      .where('plan_id', '=', t.planId)
      .executeTakeFirstOrThrow();
    const subAgreement = await t.db
      .selectFrom('plan_sub_agreement')
      .select('id')
      .where('plan_id', '=', t.planId)
      .executeTakeFirstOrThrow();
    ids.activityId = activity.id;
    ids.subAgreementId = subAgreement.id;
    for (const role of ROLES) {
      await addUser(t.db, t.planId, role, `${role}@matrix.dk`);
      sessions.set(role, await signIn(t.app, `${role}@matrix.dk`));
    }
  });
  afterAll(() => t.close());

  it('covers every /api/v1 route of the OpenAPI document, except the public sign-in', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(doc.paths)
      .filter(([url]) => url.startsWith('/api/v1/'))
      .flatMap(([url, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${url}`));
    const covered = ROUTES.map((r) => `${r.method} ${r.url}`);
    const extra = [
      'POST /api/v1/auth/sign-in',
      'POST /api/v1/auth/sign-out',
      'POST /api/v1/auth/password',
      // Public: the organisation's login begins and ends before there is a session (decision 0035).
      'GET /api/v1/auth/providers',
      'GET /api/v1/auth/oidc/start',
      'GET /api/v1/auth/oidc/callback',
      'GET /api/v1/auth/oidc/signed-out',
      'GET /api/v1/auth/saml/metadata',
      'GET /api/v1/auth/saml/start',
      'POST /api/v1/auth/saml/acs',
      // Public: the signed, single-use token is the credential of the acknowledge link.
      'GET /api/v1/alerting/ack/{token}',
      // Public: the confirm form (token and nonce in the body), the SMS-code page and the signed webhook.
      'POST /api/v1/alerting/ack',
      'GET /api/v1/alerting/kode',
      'POST /api/v1/alerting/kode',
      'POST /api/v1/alerting/sms/inbound',
    ];
    expect(documented.sort()).toEqual([...covered, ...extra].sort());
  });

  it.each(ROUTES)('$method $url: allowed roles only, and nobody without a session', async (route) => {
    const url = resolveUrl(route.url);
    const payload = route.method === 'GET' ? undefined : {};
    const anonymous = await t.app.inject({ method: route.method, url, payload });
    expect(anonymous.statusCode).toBe(401);
    for (const role of ROLES) {
      const session = sessions.get(role) as Session;
      const response = await t.app.inject({
        method: route.method,
        url,
        headers: as(session, route.method),
        payload,
      });
      const isAllowed = (ACTION_ROLES[route.action] as readonly Role[]).includes(role);
      // An allowed write with an empty body fails validation (400), which proves it passed the gate.
      const allowed = typeof route.allowed === 'function' ? route.allowed(role) : route.allowed;
      const expected = isAllowed ? (allowed ?? (route.method === 'GET' ? 200 : 400)) : 403;
      expect({ role, status: response.statusCode }).toEqual({ role, status: expected });
    }
  });

  it('refuses to boot when a route declares no access rule', async () => {
    const { default: Fastify } = await import('fastify');
    const { registerAccessGate } = await import('./access-plugin.ts');
    const app = Fastify();
    registerAccessGate(app);
    expect(() => app.get('/api/v1/forgotten', async () => ({}))).toThrow(/declares no config.access/);
  });
});
