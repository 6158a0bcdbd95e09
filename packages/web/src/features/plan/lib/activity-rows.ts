import { da } from '@helhed/core';
import type { FieldErrors } from '../../../lib/form.ts';
import type { Activity, ActivityInput } from '../types.ts';

// The activity form's rows: target groups per area (description, area, count) and the course's
// sessions (number, title, description). A row's fields are strings while they are edited; its
// errors are keyed like the server's details ("targetGroups.1.count"), so both land on the field.

const ui = da.planUi.activityRows;

export type TargetGroupValues = { key: string; description: string; areaSlug: string; count: string };
export type SessionValues = { key: string; number: string; title: string; description: string };

let lastKey = 0;
/** A React key for a row; rows have no id of their own and can be added and removed. */
export const rowKey = () => `row-${++lastKey}`;

export function targetGroupValues(activity: Activity | null): TargetGroupValues[] {
  return (activity?.targetGroups ?? []).map((t) => ({
    key: rowKey(),
    description: t.description,
    areaSlug: t.areaSlug ?? '',
    count: t.count === null ? '' : String(t.count),
  }));
}

export function sessionValues(activity: Activity | null): SessionValues[] {
  return (activity?.sessions ?? []).map((s) => ({
    key: rowKey(),
    number: String(s.number),
    title: s.title,
    description: s.description ?? '',
  }));
}

/** A whole number of 0 or more as written in Danish (1643 or 1.643); null when empty. */
export function parseCount(text: string): number | null | 'invalid' {
  const trimmed = text.replace(/\s/g, '');
  if (!trimmed) return null;
  if (!/^(\d+|\d{1,3}(\.\d{3})+)$/.test(trimmed)) return 'invalid';
  return Number(trimmed.replaceAll('.', ''));
}

function parseSessionNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= 1 && value <= 1000 ? value : null;
}

/** The client-side checks of the rows, with a Danish message next to each field. */
export function rowErrors(targetGroups: TargetGroupValues[], sessions: SessionValues[]): FieldErrors {
  const errors: FieldErrors = {};
  targetGroups.forEach((row, index) => {
    const at = `targetGroups.${index}`;
    const description = row.description.trim();
    if (!description) errors[`${at}.description`] = ui.descriptionRequired;
    else if (description.length > 500) errors[`${at}.description`] = ui.descriptionTooLong;
    const count = parseCount(row.count);
    if (count === 'invalid') errors[`${at}.count`] = ui.countInvalid;
    else if (count !== null && count > 1_000_000) errors[`${at}.count`] = ui.countTooLarge;
  });
  const seen = new Set<number>();
  sessions.forEach((row, index) => {
    const at = `sessions.${index}`;
    const number = parseSessionNumber(row.number);
    if (number === null) errors[`${at}.number`] = ui.sessionNumberInvalid;
    else if (seen.has(number)) errors[`${at}.number`] = ui.sessionNumberDuplicate;
    else seen.add(number);
    const title = row.title.trim();
    if (!title) errors[`${at}.title`] = ui.sessionTitleRequired;
    else if (title.length > 300) errors[`${at}.title`] = ui.sessionTitleTooLong;
  });
  return errors;
}

/** The rows as the API wants them, every row in its place (the server's details name rows by index). */
export function rowsInput(
  targetGroups: TargetGroupValues[],
  sessions: SessionValues[],
): Pick<ActivityInput, 'targetGroups' | 'sessions'> {
  return {
    targetGroups: targetGroups.map((row) => {
      const count = parseCount(row.count);
      return {
        description: row.description.trim(),
        areaSlug: row.areaSlug || null,
        count: count === 'invalid' ? null : count,
      };
    }),
    sessions: sessions.map((row) => ({
      number: parseSessionNumber(row.number) ?? 0,
      title: row.title.trim(),
      description: row.description.trim() || null,
    })),
  };
}
