import type { Role } from '@helhed/core';

/**
 * Every action a route can require, with the roles allowed to perform it. A route names exactly
 * one action (or 'public'); an unknown name is a compile error, and a route without one stops the
 * server from booting (see access-plugin.ts). `reader` (board, partners) gets aggregates only.
 */
export const ACTION_ROLES = {
  'session.read': ['admin', 'leader', 'worker', 'reader', 'alerting'],
  'session.end': ['admin', 'leader', 'worker', 'reader', 'alerting'],
  'session.change-password': ['admin', 'leader', 'worker', 'reader', 'alerting'],
  'plan.read': ['admin', 'leader', 'worker', 'reader', 'alerting'],
  'users.read': ['admin'],
  'users.create': ['admin'],
  'audit.read': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof ACTION_ROLES;
export type RouteAccess = Action | 'public';

/** Actions a user whose password must be changed may still perform. */
export const ALLOWED_BEFORE_PASSWORD_CHANGE: readonly Action[] = [
  'session.read',
  'session.end',
  'session.change-password',
];

export function isAllowed(role: Role, action: Action): boolean {
  return (ACTION_ROLES[action] as readonly Role[]).includes(role);
}
