import type { Column } from '../../../components/ui/data-table.tsx';
import type { SafeCount } from '../types.ts';
import { showCount, sortCount } from './periods.ts';

/** A text column; the row's header cell when `rowHeader` is set. */
export function textColumn<Row>(
  key: string,
  header: string,
  pick: (row: Row) => string,
  rowHeader = false,
): Column<Row> {
  return { key, header, render: pick, sortValue: pick, rowHeader };
}

/** A count of persons as shown in reports ("x" as it is, hidden counts sort last). */
export function countColumn<Row>(
  key: string,
  header: string,
  pick: (row: Row) => SafeCount | undefined,
): Column<Row> {
  return { key, header, render: (row) => showCount(pick(row)), sortValue: (row) => sortCount(pick(row)) };
}

/** A count of events (sessions, meetings, contacts), never suppressed. */
export function numberColumn<Row>(key: string, header: string, pick: (row: Row) => number): Column<Row> {
  return { key, header, render: (row) => String(pick(row)), sortValue: pick };
}
