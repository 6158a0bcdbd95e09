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
  'plan.edit': ['admin', 'leader'],
  'plan.history.read': ['admin', 'leader', 'reader'],
  'users.read': ['admin'],
  'users.create': ['admin'],
  'users.edit': ['admin'],
  'audit.read': ['admin'],
  // Beredskab: any signed-in party may raise an incident after its own risk assessment; the SSP
  // (role alerting), leaders and admins run the plan and keep the alert list current.
  'alerting.incident.raise': ['admin', 'leader', 'worker', 'reader', 'alerting'],
  'alerting.incident.read': ['admin', 'leader', 'worker', 'alerting'],
  'alerting.incident.run': ['admin', 'leader', 'alerting'],
  'alerting.message.approve': ['admin', 'leader', 'worker', 'alerting'],
  'alerting.contacts.read': ['admin', 'leader', 'alerting'],
  'alerting.contacts.manage': ['admin', 'leader', 'alerting'],
  'alerting.outbox.read': ['admin', 'leader', 'alerting'],
  'alerting.settings.manage': ['admin', 'leader'],
  // Registration: personal data of residents. Workers see their team's (row rule in the module's
  // scope.ts), leaders the plan's; administrators manage teams but see no residents; readers nothing.
  'registration.read': ['leader', 'worker'],
  'registration.edit': ['leader', 'worker'],
  'registration.export': ['leader', 'worker'],
  'registration.erase': ['leader'],
  'teams.read': ['admin', 'leader', 'worker'],
  'teams.manage': ['admin'],
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
