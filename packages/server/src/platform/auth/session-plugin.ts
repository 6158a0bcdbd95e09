import { isRole } from '@helhed/core';
import type { FastifyInstance } from 'fastify';
import { routeAccessOf } from '../access/access-plugin.ts';
import type { SessionActor } from '../access/request-context.ts';
import type { Db } from '../db/database.ts';
import { findLiveSession, touchSession } from './queries.ts';
import { type CookieSettings, hashToken, SESSION_IDLE_MINUTES, sessionCookieName } from './session-cookie.ts';

// Writing last_seen_at on every request would turn every read into a write; once a minute is
// precise enough for a 30-minute idle limit.
const TOUCH_AFTER_MS = 60_000;

type LiveSessionRow = NonNullable<Awaited<ReturnType<typeof findLiveSession>>>;

export function sessionActorOf(row: LiveSessionRow & { role: SessionActor['role'] }): SessionActor {
  return {
    sessionId: row.session_id,
    csrfToken: row.csrf_token,
    userId: row.user_id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    teamId: row.team_id,
    mustChangePassword: row.must_change_password,
    secondFactorPending: row.state === 'pending-second-factor',
    hasSecondFactor: row.has_second_factor,
    signInMethod: row.sign_in_method,
    plan: {
      id: row.plan_id,
      slug: row.plan_slug,
      name: row.plan_name,
      periodStart: row.period_start,
      periodEnd: row.period_end,
      contentVersion: row.plan_content_version,
    },
  };
}

/** Loads the signed-in user from the session cookie into request.actor (or null). */
export function registerSessionLoading(app: FastifyInstance, db: Db, cookies: CookieSettings): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    request.actor = null;
    // Keyed on the matched route's rule, not the URL text: a public route or no route needs no session.
    const access = routeAccessOf(request);
    if (access === undefined || access === 'public') return;
    const token = request.cookies[sessionCookieName(cookies)];
    if (!token) return;
    const row = await findLiveSession(db, hashToken(token), SESSION_IDLE_MINUTES);
    if (!row || !isRole(row.role)) return;
    if (Date.now() - new Date(row.last_seen_at).getTime() > TOUCH_AFTER_MS) {
      await touchSession(db, row.session_id);
    }
    request.actor = sessionActorOf({ ...row, role: row.role });
  });
}
