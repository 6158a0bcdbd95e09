import { toRole } from '@helhed/core';
import type { RequestContext } from '../access/request-context.ts';
import type { UserRow } from './queries.ts';

/** Staff accounts are personal data too: every user shown is a read in the audit log. */
export function presentUser(ctx: RequestContext, row: UserRow) {
  ctx.audit.read('app_user', row.id, 'userAdministration');
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: toRole(row.role),
    isActive: row.is_active,
    mustChangePassword: row.must_change_password,
    federated: row.identity_issuer !== null,
    createdAt: row.created_at.toISOString(),
    lastSignInAt: row.last_sign_in_at?.toISOString() ?? null,
    teamId: row.team_id,
  };
}
