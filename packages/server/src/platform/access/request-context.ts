import type { Role } from '@helhed/core';
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
  plan: { id: string; slug: string; name: string; periodStart: string; periodEnd: string };
}

export interface AuditRead {
  action: AuditAction;
  entityType: string;
  entityId: string | null;
  purpose?: string;
  details?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: SessionActor | null;
    auditTrail: AuditRead[];
  }
}

/** The signed-in actor; only call on routes whose access is not 'public'. */
export function requireActor(request: FastifyRequest): SessionActor {
  if (!request.actor) throw new Error('requireActor on a route without a session');
  return request.actor;
}

/** Who acts, in the form the transaction helper and the audit trigger need. */
export function actorContextOf(request: FastifyRequest): ActorContext {
  const actor = requireActor(request);
  return {
    actorId: actor.userId,
    actorLabel: actor.email,
    planId: actor.plan.id,
    ip: request.ip,
    requestId: request.id,
  };
}
