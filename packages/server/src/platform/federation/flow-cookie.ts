import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type CookieSettings, hashToken } from '../auth/session-cookie.ts';
import type { Db } from '../db/database.ts';
import { insertSignInFlow, takeSignInFlow } from './queries.ts';

/** A sign-in must come back from the provider within this time, or it starts over. */
export const FLOW_MINUTES = 10;

function cookieName(settings: CookieSettings, provider: 'oidc' | 'saml'): string {
  return `${settings.secure ? '__Host-' : ''}helhed-sign-in-${provider}`;
}

/**
 * Begins a sign-in at a provider: a random state, remembered (hashed) in the database and in a
 * cookie of this browser for ten minutes. The answer counts only in the browser that began it, so
 * nobody can send a victim a link (or a form) that signs the victim in as somebody else (login
 * CSRF). SAML's answer is a cross-site POST, which only a SameSite=None cookie accompanies.
 */
export async function beginFlow(
  db: Db,
  reply: FastifyReply,
  cookies: CookieSettings,
  flow: { provider: 'oidc' | 'saml'; state?: string; nonce: string | null; codeVerifier: string | null },
): Promise<string> {
  const state = flow.state ?? randomBytes(32).toString('base64url');
  await insertSignInFlow(db, { ...flow, stateHash: hashToken(state) }, FLOW_MINUTES);
  reply.setCookie(cookieName(cookies, flow.provider), state, {
    path: '/',
    httpOnly: true,
    secure: cookies.secure || flow.provider === 'saml',
    sameSite: flow.provider === 'saml' ? 'none' : 'lax',
    maxAge: FLOW_MINUTES * 60,
  });
  return state;
}

/**
 * Takes the flow out (once: the same answer again finds nothing) when the state the provider
 * returns is the one this browser's cookie holds; undefined otherwise.
 */
export async function takeFlow(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  cookies: CookieSettings,
  provider: 'oidc' | 'saml',
  state: string | undefined,
) {
  const name = cookieName(cookies, provider);
  const held = request.cookies[name];
  reply.clearCookie(name, { path: '/', secure: cookies.secure || provider === 'saml' });
  if (!state || !held || held !== state) return undefined;
  return takeSignInFlow(db, hashToken(state), provider, FLOW_MINUTES);
}
