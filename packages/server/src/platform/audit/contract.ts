import { AUDIT_ACTIONS, da } from '@helhed/core';
import { z } from 'zod';
import { PageLimit, PageOffset } from '../contract/paging.ts';

export { AUDIT_ACTIONS };

export const AuditSearchQuery = z.strictObject({
  actor: z.string().trim().max(254).optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  entityType: z
    .string()
    .regex(/^[a-z_]{1,63}$/, { error: da.validation.invalidValue })
    .optional(),
  from: z.iso.date({ error: da.validation.invalidDate }).optional(),
  to: z.iso.date({ error: da.validation.invalidDate }).optional(),
  limit: PageLimit,
  offset: PageOffset,
});

export const AuditEventView = z.object({
  id: z.string(),
  occurredAt: z.iso.datetime({ offset: true }),
  actorId: z.uuid().nullable(),
  actorEmail: z.string().nullable(),
  action: z.enum(AUDIT_ACTIONS),
  entityType: z.string(),
  entityId: z.string().nullable(),
  ipAddress: z.string().nullable(),
  purpose: z.string().nullable(),
  details: z.string().nullable(),
});

export const AuditEventList = z.object({ events: z.array(AuditEventView), total: z.number().int() });
