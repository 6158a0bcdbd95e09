import type { AuditRead, RequestContext } from '../access/request-context.ts';
import type { Db } from '../db/database.ts';
import { insertAuditEvents } from './queries.ts';

/** Writes the reads and exports of personal data a context recorded, in one statement. */
export async function writeReadTrail(
  db: Db,
  ctx: RequestContext,
  trail: readonly AuditRead[],
): Promise<void> {
  if (trail.length === 0) return;
  const { actor, who } = ctx;
  await insertAuditEvents(
    db,
    trail.map((read) => ({
      planId: actor.plan.id,
      actorId: actor.userId,
      actorLabel: actor.email,
      action: read.action,
      entityType: read.entityType,
      entityId: read.entityId,
      ipAddress: who.ip,
      requestId: who.requestId,
      purpose: read.purpose,
      details: read.details ?? null,
    })),
  );
}
