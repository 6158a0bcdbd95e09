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
import { ACTION_ROLES, type Action } from './actions.ts';

// Every route × every role against the rules table, plus no session at all. Runs on one database:
// the gate is code, not SQL; the data-layer tests cover both databases.
const ROUTES: Array<{ method: 'GET' | 'POST'; url: string; action: Action }> = [
  { method: 'GET', url: '/api/v1/auth/session', action: 'session.read' },
  { method: 'GET', url: '/api/v1/plan', action: 'plan.read' },
  { method: 'GET', url: '/api/v1/users', action: 'users.read' },
  { method: 'POST', url: '/api/v1/users', action: 'users.create' },
  { method: 'GET', url: '/api/v1/audit-events', action: 'audit.read' },
];

describe('access matrix', () => {
  let t: TestApp;
  const sessions = new Map<Role, Session>();
  beforeAll(async () => {
    t = await buildTestApp('postgres');
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
    const extra = ['POST /api/v1/auth/sign-in', 'POST /api/v1/auth/sign-out', 'POST /api/v1/auth/password'];
    expect(documented.sort()).toEqual([...covered, ...extra].sort());
  });

  it.each(ROUTES)('$method $url: allowed roles only, and nobody without a session', async (route) => {
    const anonymous = await t.app.inject({
      method: route.method,
      url: route.url,
      payload: route.method === 'POST' ? {} : undefined,
    });
    expect(anonymous.statusCode).toBe(401);
    for (const role of ROLES) {
      const session = sessions.get(role) as Session;
      const response = await t.app.inject({
        method: route.method,
        url: route.url,
        headers: as(session, route.method),
        payload: route.method === 'POST' ? {} : undefined,
      });
      const isAllowed = (ACTION_ROLES[route.action] as readonly Role[]).includes(role);
      // An allowed POST with an empty body fails validation (400), which proves it passed the gate.
      const expected = isAllowed ? (route.method === 'POST' ? 400 : 200) : 403;
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
