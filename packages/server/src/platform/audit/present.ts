import type { z } from 'zod';
import type { RequestContext } from '../access/request-context.ts';
import { AUDIT_ACTIONS, type AuditEventList, type AuditSearchQuery } from './contract.ts';
import type { listAuditEvents } from './queries.ts';

type Found = Awaited<ReturnType<typeof listAuditEvents>>;

function toAuditAction(value: string): (typeof AUDIT_ACTIONS)[number] {
  const action = AUDIT_ACTIONS.find((a) => a === value);
  if (!action) throw new Error(`Unknown audit action: ${value}`);
  return action;
}

/** A page of the audit log. Searching the log is itself a use of personal data (who looked at whom): the criteria are logged. */
export function presentAuditEvents(
  ctx: RequestContext,
  search: z.output<typeof AuditSearchQuery>,
  { rows, total }: Found,
): z.output<typeof AuditEventList> {
  ctx.audit.read('audit_event', null, 'auditLog', JSON.stringify(search));
  return {
    total,
    events: rows.map((row) => ({
      id: row.id,
      occurredAt: row.occurred_at.toISOString(),
      actorId: row.actor_id,
      actorEmail: row.actor_label,
      action: toAuditAction(row.action),
      entityType: row.entity_type,
      entityId: row.entity_id,
      ipAddress: row.ip_address,
      purpose: row.purpose,
      details: row.details,
    })),
  };
}
