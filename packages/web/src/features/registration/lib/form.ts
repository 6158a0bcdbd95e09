import { ApiError } from '../../../lib/api-client.ts';

/** Today as YYYY-MM-DD in Danish time, the default for date fields. */
export function todayInDenmark(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}

/** The server's per-field messages; nested fields ("consent.givenOn") keep their full path. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return error.fieldErrors();
}

/** Options of a select: value + Danish label from a message group. */
export function optionsOf<K extends string>(labels: Record<K, string>, keys: readonly K[]) {
  return keys.map((key) => ({ value: key, label: labels[key] }));
}
