import { type AuditPurpose, da, type Role } from '@helhed/core';
import type { FastifyRequest } from 'fastify';
import type { AuditAction } from '../audit/queries.ts';
import type { ActorContext } from '../db/transaction.ts';

/** The signed-in user behind a request, loaded from the server-side session. */
export interface SessionActor {
  sessionId: string;
  csrfToken: string;
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  /** The team at session load; a live stream ends when it changes (auth/live-streams.ts). */
  teamId: string | null;
  mustChangePassword: boolean;
  /** The session awaits the second factor: the password was right, the code not given yet. */
  secondFactorPending: boolean;
  /** The user has a confirmed second factor (decision 0027). */
  hasSecondFactor: boolean;
  /** How the session began (migration 0028); a password when not said. */
  signInMethod?: 'password' | 'oidc' | 'saml';
  plan: {
    id: string;
    slug: string;
    name: string;
    periodStart: string;
    periodEnd: string;
    /** The plan's content as of this request (migration 0020): what copies of plan views key on. */
    contentVersion: string;
  };
}

/** One read or export of personal data, written into the audit log before the answer leaves. */
export interface AuditRead {
  action: AuditAction;
  entityType: string;
  entityId: string | null;
  purpose: string;
  details?: string;
}

/**
 * Where a presenter records that it showed a person's data. The purpose is a key of
 * `da.audit.purposes`; the log stores its Danish text, which is also what the person's export shows.
 */
export interface AuditRecorder {
  read(entityType: string, entityId: string | null, purpose: AuditPurpose, details?: string): void;
  exported(entityType: string, entityId: string | null, purpose: AuditPurpose, details?: string): void;
  /** What was recorded and not yet written (the audit plugin empties it when it writes). */
  readonly pending: AuditRead[];
}

/**
 * Everything a service knows of the request: who acts and where their reads are recorded. Built
 * once per request by the audit plugin; services take `(db, ctx, input)` and never see Fastify.
 */
export interface RequestContext {
  actor: SessionActor;
  audit: AuditRecorder;
  /** Who acts, in the form the transaction helper and the audit trigger need. */
  who: ActorContext;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: SessionActor | null;
    /** Set for every request with a session; `contextOf` reads it. */
    ctx: RequestContext | null;
  }
}

export function auditRecorder(): AuditRecorder {
  const pending: AuditRead[] = [];
  const push =
    (action: AuditAction) =>
    (entityType: string, entityId: string | null, purpose: AuditPurpose, details?: string) => {
      pending.push({
        action,
        entityType,
        entityId,
        purpose: da.audit.purposes[purpose],
        ...(details === undefined ? {} : { details }),
      });
    };
  return { read: push('read'), exported: push('export'), pending };
}

export function requestContext(
  actor: SessionActor,
  ip: string | null,
  requestId: string | null,
): RequestContext {
  return {
    actor,
    audit: auditRecorder(),
    who: { actorId: actor.userId, actorLabel: actor.email, planId: actor.plan.id, ip, requestId },
  };
}

/** The request's context; only call on routes whose access is not 'public' (the gate saw a session). */
export function contextOf(request: FastifyRequest): RequestContext {
  if (!request.ctx) throw new Error('contextOf on a route without a session');
  return request.ctx;
}
