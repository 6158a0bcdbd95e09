import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { routeAccessOf } from '../access/access-plugin.ts';

export interface SecuritySettings {
  /** The address people use (HELHED_PUBLIC_URL); https turns on Strict-Transport-Security. */
  publicUrl?: string | undefined;
}

/**
 * Fastify's trustProxy from HELHED_TRUST_PROXY: the reverse proxy's addresses or CIDR ranges,
 * comma-separated. Unset or empty trusts nothing, so X-Forwarded-For is ignored and request.ip
 * (audit rows, sign-in limits) is the socket's peer; only a named proxy can set the client address.
 */
export function trustProxySetting(value: string | undefined): string | false {
  const names = (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return names.length > 0 ? names.join(',') : false;
}

/** Security headers, cookies and rate limits for the whole app. */
export async function registerSecurity(app: FastifyInstance, settings: SecuritySettings = {}): Promise<void> {
  const isHttps = (settings.publicUrl ?? '').toLowerCase().startsWith('https://');
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
    // ASVS 9.1.1/14.4.5: when people reach Helhed over https, browsers must never try plain http.
    hsts: isHttps ? { maxAge: 31_536_000, includeSubDomains: false } : false,
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
