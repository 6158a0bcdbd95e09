import type { AsOfTable, JsonRow } from '../queries/as-of.ts';

/** One history row, as the plan_record_change trigger wrote it. */
export interface HistoryStep {
  table_name: string;
  row_id: string;
  operation: string;
  before_values: unknown;
}

/**
 * Today's rows with the history since undone, newest change first: a row created since is
 * removed, an updated row gets its changed columns' earlier values back, a deleted row comes back
 * from the values the trigger kept (columns that were null, and the technical columns the trigger
 * leaves out, come back as null). Pure, so a property test can check it against snapshots.
 */
export function rowsAsOf(
  planId: string,
  current: Record<AsOfTable, JsonRow[]>,
  newestFirst: readonly HistoryStep[],
): Record<AsOfTable, JsonRow[]> {
  const tables = new Map<string, Map<string, JsonRow>>();
  for (const [table, rows] of Object.entries(current)) {
    tables.set(table, new Map(rows.map((row) => [String(row.id), row])));
  }
  for (const step of newestFirst) {
    const rows = tables.get(step.table_name);
    if (!rows) continue;
    const before = isObject(step.before_values) ? step.before_values : {};
    if (step.operation === 'create') {
      rows.delete(step.row_id);
    } else if (step.operation === 'update') {
      const row = rows.get(step.row_id);
      if (row) rows.set(step.row_id, { ...row, ...before });
    } else if (step.operation === 'delete') {
      rows.set(step.row_id, { ...before, id: step.row_id, plan_id: planId });
    }
  }
  return Object.fromEntries(
    Object.keys(current).map((table) => [table, [...(tables.get(table)?.values() ?? [])]]),
  ) as Record<AsOfTable, JsonRow[]>;
}

function isObject(value: unknown): value is JsonRow {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
