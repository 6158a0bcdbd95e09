import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../http/errors.ts';
import { isAllowed, type RouteAccess, restrictionOf } from './actions.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function hasValidCsrfToken(request: FastifyRequest, expected: string): boolean {
  const sent = request.headers['x-csrf-token'];
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The access rule of the route the router matched, or undefined for a request that matched no
 * route (the not-found handler answers it) or a route outside the API (static files, /api/docs).
 * Everything that protects the API keys on this, never on the URL text: see decision 0019.
 */
export function routeAccessOf(request: FastifyRequest): RouteAccess | undefined {
  if (request.is404) return undefined;
  return request.routeOptions.config?.access;
}

/** Routes that need no rule: the generated API documentation is public by design. */
const DOCUMENTATION = /^\/api\/docs(?:\/|$)/;

/**
 * The one access gate. Every API route must declare `config.access`; a route without it stops
 * the server from booting, so nothing is reachable by omission. Denials fail closed.
 */
export function registerAccessGate(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || DOCUMENTATION.test(route.url)) return;
    if (!route.config?.access) {
      throw new Error(`Route ${route.method} ${route.url} declares no config.access`);
    }
  });

  // onRequest, right after session loading: the router has matched the route, and nothing of the
  // request has been read yet. A caller without access learns nothing, not even validation errors,
  // and sends no body that is parsed.
  app.addHook('onRequest', async (request) => {
    const access = routeAccessOf(request);
    if (access === undefined || access === 'public') return;
    const actor = request.actor;
    if (!actor) throw new AppError('UNAUTHENTICATED');
    if (!SAFE_METHODS.has(request.method) && !hasValidCsrfToken(request, actor.csrfToken)) {
      request.log.warn({ action: access, userId: actor.userId }, 'access denied: csrf');
      throw new AppError('CSRF');
    }
    // A session awaiting its second factor, a password to change, an administrator's missing factor.
    const restriction = restrictionOf(actor);
    if (restriction && !restriction.allowed.includes(access)) {
      request.log.warn(
        { action: access, userId: actor.userId, restriction: restriction.code },
        'access denied',
      );
      throw new AppError(restriction.code);
    }
    if (!isAllowed(actor.role, access)) {
      request.log.warn({ action: access, userId: actor.userId, role: actor.role }, 'access denied: role');
      throw new AppError('FORBIDDEN');
    }
  });
}
