import type { FastifyReply, FastifyRequest } from 'fastify';
import { clientOf } from '../auth/service.ts';
import { type CookieSettings, setSessionCookie } from '../auth/session-cookie.ts';
import type { Db } from '../db/database.ts';
import { type FederatedIdentity, FederationError } from './identity.ts';
import { refuseSignIn, SignInRefused, signInFederated } from './provision.ts';

/** The page a refused person lands on; the code picks the Danish reason. */
export function refusedPath(reason: string): string {
  return `/log-ind?afvist=${encodeURIComponent(reason)}`;
}

/**
 * Ends a provider's answer either way: a session cookie and the app's start page, or no session,
 * the refusal in the audit log, and the sign-in page with the reason. A browser never sees a 5xx
 * for a bad answer; only Helhed's own faults (the database down) go on as errors.
 */
export async function completeSignIn(
  db: Db,
  cookies: CookieSettings,
  request: FastifyRequest,
  reply: FastifyReply,
  provider: 'oidc' | 'saml',
  identify: () => Promise<FederatedIdentity>,
) {
  const client = clientOf(request);
  try {
    const identity = await identify().catch(async (error: unknown) => {
      if (!(error instanceof FederationError)) throw error;
      request.log.warn({ refusal: error.refusal, detail: error.message }, 'federated sign-in refused');
      return refuseSignIn(db, provider, error.refusal, client, { label: provider });
    });
    const session = await signInFederated(db, identity, client);
    setSessionCookie(reply, cookies, session.token);
    return reply.redirect('/', 303);
  } catch (error) {
    if (error instanceof SignInRefused) return reply.redirect(refusedPath(error.reason), 303);
    // Two first sign-ins of one person at the same moment: the second meets the first's new account
    // (a unique key). Not the person's fault and no 5xx: the sign-in page asks them to try again.
    if ((error as { code?: unknown }).code === '23505')
      return reply.redirect(refusedPath('invalid-response'), 303);
    throw error;
  }
}
