import { toRole } from '@helhed/core';
import type { FastifyRequest } from 'fastify';
import type { UserRow } from './queries.ts';

/** Staff accounts are personal data too: every user shown is a read in the audit log. */
export function presentUser(request: FastifyRequest, row: UserRow) {
  request.auditTrail.push({
    action: 'read',
    entityType: 'app_user',
    entityId: row.id,
    purpose: 'brugeradministration',
  });
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: toRole(row.role),
    isActive: row.is_active,
    mustChangePassword: row.must_change_password,
    createdAt: row.created_at.toISOString(),
    lastSignInAt: row.last_sign_in_at?.toISOString() ?? null,
    teamId: row.team_id,
  };
}
