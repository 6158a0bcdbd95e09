import { ApiError } from './api-client.ts';

/** A form's messages keyed by field name; nested fields ("consent.givenOn") keep their full path. */
export type FieldErrors = Record<string, string>;

/** Today as YYYY-MM-DD in Danish time, the default for date fields. */
export { todayInDenmark } from '@helhed/core';

/** The server's per-field messages from a 400 answer's `details` (first message per field wins). */
export function fieldErrorsOf(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  return error.fieldErrors();
}

/** Options of a select: value + Danish label from a message group. */
export function optionsOf<K extends string>(labels: Record<K, string>, keys: readonly K[]) {
  return keys.map((key) => ({ value: key, label: labels[key] }));
}

/** Like fieldErrorsOf, and a list's first line error ("goals.0.text") also shows at the list's field. */
export function listErrorsOf(error: unknown, ...lists: string[]): FieldErrors {
  const found = fieldErrorsOf(error);
  for (const list of lists) {
    const first = Object.entries(found).find(([key]) => key.startsWith(list));
    if (first) found[list] = first[1];
  }
  return found;
}

/** A select's options: an empty first choice, then one per item, valued by its id. */
export function choicesOf<T extends { id: string }>(
  empty: string,
  items: ReadonlyArray<T>,
  label: (item: T) => string,
): Array<{ value: string; label: string }> {
  return [{ value: '', label: empty }, ...items.map((item) => ({ value: item.id, label: label(item) }))];
}

/** The label of a named item (areas, activities, teams), for choicesOf. */
export const byName = (item: { name: string }) => item.name;
