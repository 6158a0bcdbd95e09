export { ACTION_ROLES, type Action, actionsOf, isAllowed } from '@helhed/core';

import { type Action, actionsOf, type Role } from '@helhed/core';

export type RouteAccess = Action | 'public';

/** Actions a user whose password must be changed may still perform. */
export const ALLOWED_BEFORE_PASSWORD_CHANGE: readonly Action[] = [
  'session.read',
  'session.end',
  'session.change-password',
];

/**
 * What the session answer lists as the user's abilities: every action of the role, or only the
 * password-change actions while the password must be changed. The gate decides the same way.
 */
export function abilitiesOf(user: { role: Role; mustChangePassword: boolean }): Action[] {
  const all = actionsOf(user.role);
  return user.mustChangePassword ? all.filter((a) => ALLOWED_BEFORE_PASSWORD_CHANGE.includes(a)) : all;
}
