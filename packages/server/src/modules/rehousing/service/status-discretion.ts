import type { SafeCount } from '@helhed/core';
import type { Db } from '../../../platform/db/database.ts';
import { discretionOptions } from '../../../platform/discretion.ts';
import { CountBook } from '../../reports/index.ts';
import { TABLE_CELLS, type TableCell } from '../contract/vocabularies.ts';
import { householdFacts } from '../queries/events.ts';
import type { HouseholdEvent } from './domain/events.ts';
import { type StatusTable, statusAsOf, tableAsOf } from './domain/status.ts';

export type SafeCells = { cells: Record<TableCell, SafeCount>; total: SafeCount };

export interface PublishedStatus {
  /** The month-end series; its last point is the table on the date itself. */
  series: (SafeCells & { date: string })[];
  table: SafeCells;
  homesVacated: SafeCount;
  residentsMoved: SafeCount;
  threshold: number;
}

/**
 * Everything the status page, its exports and the CLI publish about households, suppressed
 * together in one CountBook (decision 0017): the table at every month-end (each adds up to its
 * total), the change from one month-end to the next of the growing counts (households registered,
 * households moved: the families who moved that month are a published figure too), homes vacated
 * (the same cell as "moved") and residents rehoused (at least the homes). Exact for leaders.
 */
export async function publishedStatus(
  db: Db,
  planId: string,
  phase: string | null,
  events: readonly HouseholdEvent[],
  dates: readonly string[],
  exact: boolean,
): Promise<PublishedStatus> {
  const options = await discretionOptions();
  const date = dates[dates.length - 1] as string;
  const facts = await householdFacts(db, planId, phase);
  const statuses = statusAsOf(events, date);
  let homes = 0;
  let residents = 0;
  for (const household of facts) {
    const status = statuses.get(household.id);
    if (status !== 'moved' && status !== 'returned') continue;
    homes += 1;
    residents += household.adults + household.children_0_5 + household.children_6_17;
  }
  const tables = dates.map((point) => tableAsOf(events, point));
  if (exact) {
    const plain = (table: StatusTable): SafeCells => ({
      cells: Object.fromEntries(TABLE_CELLS.map((cell) => [cell, table[cell]])) as Record<TableCell, number>,
      total: table.total,
    });
    return {
      series: tables.map((table, index) => ({ date: dates[index] as string, ...plain(table) })),
      table: plain(tables[tables.length - 1] as StatusTable),
      homesVacated: homes,
      residentsMoved: residents,
      threshold: options.threshold,
    };
  }
  // A month-end whose table equals the one before it is the same point: one set of handles.
  // Modelling the attacker as knowing they are equal only narrows what the audit lets through,
  // and a long quiet period (years of identical month-ends) costs one LP column set, not dozens.
  const book = new CountBook(options);
  const distinct: { cells: number[]; total: number }[] = [];
  const handles = tables.map((table, index) => {
    const before = tables[index - 1];
    if (before && TABLE_CELLS.every((cell) => before[cell] === table[cell]) && before.total === table.total) {
      return distinct[distinct.length - 1] as (typeof distinct)[number];
    }
    const cells = TABLE_CELLS.map((cell) => book.cell(table[cell]));
    const total = book.cell(table.total);
    book.sum(total, cells);
    distinct.push({ cells, total });
    return { cells, total };
  });
  distinct.slice(1).forEach((next, index) => {
    const previous = distinct[index] as (typeof distinct)[number];
    book.change(previous.total, next.total);
    book.change(previous.cells[0] as number, next.cells[0] as number); // moved
  });
  const last = handles[handles.length - 1] as (typeof handles)[number];
  const moved = last.cells[0] as number;
  const homesCell = homes === (tables[tables.length - 1] as StatusTable).moved ? moved : book.cell(homes);
  if (homesCell !== moved) book.atMost(homesCell, last.total);
  const residentsCell = book.cell(residents);
  book.atMost(homesCell, residentsCell);
  await book.settle();
  const out = (h: (typeof handles)[number]): SafeCells => ({
    cells: Object.fromEntries(TABLE_CELLS.map((cell, i) => [cell, book.get(h.cells[i] as number)])) as Record<
      TableCell,
      SafeCount
    >,
    total: book.get(h.total),
  });
  return {
    series: handles.map((h, index) => ({ date: dates[index] as string, ...out(h) })),
    table: out(last),
    homesVacated: book.get(homesCell),
    residentsMoved: book.get(residentsCell),
    threshold: options.threshold,
  };
}
