import type { Action, Role } from '@helhed/core';

/** Shapes of Helhed's API responses (see the API contract in packages/server). */
export type Plan = {
  id: string;
  slug: string;
  name: string;
  /** YYYY-MM-DD */
  periodStart: string;
  /** YYYY-MM-DD */
  periodEnd: string;
};

export type SessionUser = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  mustChangePassword: boolean;
  plan: Plan;
};

/** `abilities`: the actions of the access table the user may perform now (the server decides). */
export type Session = { user: SessionUser; csrfToken: string; abilities: Action[] };

export type User = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  isActive: boolean;
  mustChangePassword: boolean;
  /** ISO timestamp */
  createdAt: string;
  /** ISO timestamp, or null if the user never signed in */
  lastSignInAt: string | null;
};

export const AUDIT_ACTIONS = [
  'read',
  'create',
  'update',
  'delete',
  'sign-in',
  'sign-in-failed',
  'sign-out',
  'export',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditEvent = {
  id: string;
  occurredAt: string;
  actorEmail: string | null;
  actorId: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string | null;
  ipAddress: string | null;
  details: string | null;
};
