import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWithUser, as, type Session, type TestApp } from '../../../test/build-test-app.ts';
import { TEST_DATABASES } from '../../../test/test-databases.ts';

describe.each(TEST_DATABASES)('HTTP basics on %s', (kind) => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    ({ t, session: admin } = await appWithUser(kind, 'admin', 'admin@http.dk'));
  });
  afterAll(() => t.close());

  it('reports health only when the database answers', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ status: 'ok' });
  });

  it('answers unknown routes, malformed JSON and wrong content types with Danish JSON errors', async () => {
    const unknown = await t.app.inject({ method: 'GET', url: '/api/v1/findes-ikke' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('ROUTE_NOT_FOUND');
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": "a@b.dk", ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error).toEqual({
      code: 'MALFORMED_BODY',
      message: expect.stringContaining('JSON'),
    });
    const xml = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: { 'content-type': 'application/xml' },
      payload: '<a/>',
    });
    expect(xml.statusCode).toBe(415);
  });

  it('sends a strict Content-Security-Policy and no-store on API answers', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/v1/plan', headers: as(admin) });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({
      slug: 'odense-2024-2028',
      periodStart: '2024-10-01',
      periodEnd: '2028-09-30',
    });
    expect(r.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(r.headers['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
    expect(r.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(r.headers['cache-control']).toBe('no-store');
  });

  it('serves an OpenAPI document that lists the API', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(r.statusCode).toBe(200);
    const doc = r.json();
    expect(doc.openapi).toBe('3.1.0');
    // What a caller needs, read from the route's own access rule: nothing, the cookie, or both.
    expect(doc.paths['/api/v1/auth/sign-in'].post.security).toEqual([]);
    expect(doc.paths['/api/v1/users'].get.security).toEqual([{ session: [] }]);
    expect(doc.paths['/api/v1/users'].post.security).toEqual([{ session: [], csrf: [] }]);
    expect(doc.paths['/api/v1/users'].post.operationId).toBe('createUser');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/v1/auth/sign-in',
        '/api/v1/users',
        '/api/v1/audit-events',
        '/api/v1/plan',
      ]),
    );
  });

  it('never answers hostile input with a server error', async () => {
    const routes = ['/api/v1/auth/sign-in', '/api/v1/users', '/api/v1/auth/password'];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.constant('{"__proto__":{"isAdmin":true}}'),
          fc.constant('{"n":1e309}'),
        ),
        fc.constantFrom(
          'application/json',
          'text/plain',
          'application/x-www-form-urlencoded',
          'application/json; charset=latin1',
        ),
        async (url, payload, contentType) => {
          const r = await t.app.inject({
            method: 'POST',
            url,
            headers: { ...as(admin, 'POST'), 'content-type': contentType },
            payload,
            remoteAddress: '198.51.100.9',
          });
          expect(r.statusCode).toBeLessThan(500);
          expect(r.body).not.toMatch(/\bat \w+ \(|node_modules/);
        },
      ),
      { numRuns: 300 },
    );
  });
});
