import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { routeAccessOf } from '../access/access-plugin.ts';

/** Security headers, cookies and rate limits for the whole app. */
export async function registerSecurity(app: FastifyInstance): Promise<void> {
  await app.register(cookie);
  await app.register(helmet, {
    // Strict CSP: only our own files; no inline script or style, no framing, no plugins.
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // HSTS only makes sense behind HTTPS; a reverse proxy in production adds it.
    hsts: false,
  });
  // Per-IP limit on routes that opt in (sign-in); the per-account lockout lives in the database.
  await app.register(rateLimit, { global: false });
  app.addHook('onSend', async (request, reply, payload) => {
    // ASVS 8.2.1: API answers may hold personal data; no browser or proxy may keep a copy. Keyed on
    // the matched route (every API route has an access rule) and on not-found answers.
    if (request.is404 || routeAccessOf(request) !== undefined) reply.header('Cache-Control', 'no-store');
    return payload;
  });
}
