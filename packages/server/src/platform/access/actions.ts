export { ACTION_ROLES, type Action, actionsOf, isAllowed } from '@helhed/core';

import { type Action, actionsOf, type Role } from '@helhed/core';

export type RouteAccess = Action | 'public';

/** Actions a session that awaits its second factor may perform: give the code, or sign out. */
export const ALLOWED_WHILE_SECOND_FACTOR_PENDING: readonly Action[] = [
  'session.status',
  'session.sign-out',
  'session.second-factor',
];

/** Actions a user whose password must be changed may still perform. */
export const ALLOWED_BEFORE_PASSWORD_CHANGE: readonly Action[] = [
  'session.status',
  'session.sign-out',
  'session.read',
  'session.end',
  'session.change-password',
];

/** Actions a user who must have a second factor and has none may perform: set it up (decision 0027). */
export const ALLOWED_BEFORE_SECOND_FACTOR_SETUP: readonly Action[] = [
  ...ALLOWED_BEFORE_PASSWORD_CHANGE,
  'account.second-factor',
];

/** Roles that must have a confirmed second factor before anything else. */
export const SECOND_FACTOR_REQUIRED_ROLES: readonly Role[] = ['admin'];

export interface GatedUser {
  role: Role;
  mustChangePassword: boolean;
  /** The session awaits its second factor (the password was right). */
  secondFactorPending: boolean;
  /** The user has a confirmed second factor. */
  hasSecondFactor: boolean;
}

export type Restriction =
  | 'SECOND_FACTOR_PENDING'
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'SECOND_FACTOR_SETUP_REQUIRED';

/**
 * What holds the user back, if anything, and what they may still do: the one place both the gate
 * and the session's abilities ask. A pending second factor comes first, then the password change,
 * then the set-up an administrator owes.
 */
export function restrictionOf(user: GatedUser): { code: Restriction; allowed: readonly Action[] } | null {
  if (user.secondFactorPending) {
    return { code: 'SECOND_FACTOR_PENDING', allowed: ALLOWED_WHILE_SECOND_FACTOR_PENDING };
  }
  if (user.mustChangePassword)
    return { code: 'PASSWORD_CHANGE_REQUIRED', allowed: ALLOWED_BEFORE_PASSWORD_CHANGE };
  if (SECOND_FACTOR_REQUIRED_ROLES.includes(user.role) && !user.hasSecondFactor) {
    return { code: 'SECOND_FACTOR_SETUP_REQUIRED', allowed: ALLOWED_BEFORE_SECOND_FACTOR_SETUP };
  }
  return null;
}

/**
 * What the session answer lists as the user's abilities: every action of the role, or only what a
 * restriction leaves (restrictionOf). The gate decides the same way.
 */
export function abilitiesOf(user: GatedUser): Action[] {
  const all = actionsOf(user.role);
  const restriction = restrictionOf(user);
  return restriction ? all.filter((a) => restriction.allowed.includes(a)) : all;
}
