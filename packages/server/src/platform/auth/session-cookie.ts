import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply } from 'fastify';

export interface CookieSettings {
  /** Secure cookies need HTTPS, or http://localhost, which browsers treat as secure. */
  secure: boolean;
}

// The __Host- prefix makes the browser refuse the cookie unless it is Secure, path / and has no
// domain, so no sub-domain can plant or read it.
export function sessionCookieName(settings: CookieSettings): string {
  return settings.secure ? '__Host-helhed-session' : 'helhed-session';
}

export const SESSION_IDLE_MINUTES = 30;
export const SESSION_ABSOLUTE_HOURS = 12;
/** A session that awaits its second factor ends this long after the password was given. */
export const PENDING_SECOND_FACTOR_MINUTES = 5;

export function newSessionToken(): { token: string; tokenHash: Buffer; csrfToken: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token), csrfToken: randomBytes(32).toString('base64url') };
}

/** Only the token's hash is stored: a leaked database does not yield live sessions. */
export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

export function setSessionCookie(reply: FastifyReply, settings: CookieSettings, token: string): void {
  reply.setCookie(sessionCookieName(settings), token, {
    path: '/',
    httpOnly: true,
    secure: settings.secure,
    sameSite: 'strict',
    maxAge: SESSION_ABSOLUTE_HOURS * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply, settings: CookieSettings): void {
  reply.clearCookie(sessionCookieName(settings), {
    path: '/',
    httpOnly: true,
    secure: settings.secure,
    sameSite: 'strict',
  });
}
