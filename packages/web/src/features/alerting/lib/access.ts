import type { Role } from '@helhed/core';

// Mirrors ACTION_ROLES on the server for what the beredskab pages offer; the server decides.
const has = (roles: readonly Role[]) => (role: Role | undefined) =>
  role !== undefined && roles.includes(role);

export const canReadIncidents = has(['admin', 'leader', 'worker', 'alerting']);
export const canRunPlan = has(['admin', 'leader', 'alerting']);
export const canApprove = has(['admin', 'leader', 'worker', 'alerting']);
export const canManageContacts = has(['admin', 'leader', 'alerting']);
export const canManageSettings = has(['admin', 'leader']);

/** A value for <input type="datetime-local"> in the browser's time zone. */
export function toLocalInput(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** An <input type="datetime-local"> value as an ISO timestamp, or '' when it is not a valid time. */
export function fromLocalInput(value: string): string {
  const date = new Date(value);
  return value && !Number.isNaN(date.getTime()) ? date.toISOString() : '';
}
