import { da, fill } from '@helhed/core';
import type { z } from 'zod';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import {
  headerName,
  readTableFile,
  type TableFileKind,
  type TableRecord,
  UnreadableFile,
} from '../../../platform/files/table-file.ts';
import type { ImportColumns, ImportQuery, ImportResult } from '../contract/finance.ts';
import { MAX_KRONER } from '../contract/vocabularies.ts';
import {
  deleteSpendingMonths,
  findImportMapping,
  saveImportMapping,
  setSpendingCell,
} from '../queries/spending.ts';
import { assertPlanYear, costLinesOf } from './lines.ts';
import { findLine, kronerOf, lineNames, parseMonth, parseOre } from './parse-spending.ts';

const t = da.finance.import;

export interface ImportProblem {
  row: number;
  message: string;
}
export class SpendingImportInvalid extends Error {
  constructor(readonly rows: ImportProblem[]) {
    super(da.planApi.importInvalid);
  }
}

type File = { kind: TableFileKind; content: Buffer };

async function recordsOf(file: File): Promise<TableRecord[]> {
  try {
    return await readTableFile(file);
  } catch (error) {
    if (error instanceof UnreadableFile) throw new SpendingImportInvalid([{ row: 1, message: t.unreadable }]);
    throw error;
  }
}

/** The file's header cells and the plan's remembered mapping, for choosing the columns. */
export async function readImportColumns(
  db: Db,
  ctx: RequestContext,
  file: File,
): Promise<z.infer<typeof ImportColumns>> {
  const records = await recordsOf(file);
  const header = records[0];
  if (!header) throw new SpendingImportInvalid([{ row: 1, message: t.headerMissing }]);
  const mapping = await findImportMapping(db, ctx.actor.plan.id);
  return {
    columns: header.cells.map((cell) => cell.trim()).filter((cell) => cell !== ''),
    mapping: mapping
      ? {
          monthColumn: mapping.month_column,
          costLineColumn: mapping.cost_line_column,
          amountColumn: mapping.amount_column,
        }
      : null,
  };
}

/**
 * Spending from an accounting export, all or nothing: one posting per row, summed per month and
 * cost line (in øre, stored in whole kroner). Each month in the file replaces that month's stored
 * spending; other months stay. A dry run checks and sums exactly as the commit does and changes
 * nothing; the commit also remembers the mapping.
 */
export async function importSpending(
  db: Db,
  ctx: RequestContext,
  query: z.infer<typeof ImportQuery>,
  file: File,
): Promise<z.infer<typeof ImportResult>> {
  const { plan } = ctx.actor;
  assertPlanYear(plan, query.year);
  const records = await recordsOf(file);
  const header = records[0];
  if (!header) throw new SpendingImportInvalid([{ row: 1, message: t.headerMissing }]);
  const chosen = [query.monthColumn, query.costLineColumn, query.amountColumn];
  const positions = chosen.map((column) =>
    header.cells.findIndex((cell) => headerName(cell) === headerName(column)),
  );
  const problems: ImportProblem[] = [];
  chosen.forEach((column, i) => {
    if (positions[i] === -1)
      problems.push({
        row: 1,
        message: fill(t.row, { row: 1, message: fill(da.finance.errors.columnUnknown, { column }) }),
      });
  });
  if (new Set(positions).size < 3 && problems.length === 0)
    problems.push({ row: 1, message: fill(t.row, { row: 1, message: da.finance.errors.columnsSame }) });
  if (problems.length > 0) throw new SpendingImportInvalid(problems);
  const [monthAt, lineAt, amountAt] = positions as [number, number, number];

  const lines = await costLinesOf(db, plan.id);
  const names = lineNames(lines);
  const known = lines.map((line) => line.label).join(', ');
  const totals = new Map<string, { month: number; line: (typeof lines)[number]; ore: number }>();
  const body = records.slice(1).filter((record) => record.cells.some((cell) => cell.trim() !== ''));
  for (const record of body) {
    const cell = (at: number) => (record.cells[at] ?? '').trim();
    const fail = (message: string) =>
      problems.push({ row: record.row, message: fill(t.row, { row: record.row, message }) });
    const month = parseMonth(cell(monthAt), query.year);
    const line = findLine(names, cell(lineAt));
    const amount = parseOre(cell(amountAt));
    if ('problem' in month) fail(month.problem);
    if (!line) fail(fill(t.lineUnknown, { value: cell(lineAt), lines: known }));
    if ('problem' in amount) fail(amount.problem);
    if ('problem' in month || !line || 'problem' in amount) continue;
    const key = `${month.month}|${line.key}`;
    const total = totals.get(key) ?? { month: month.month, line, ore: 0 };
    total.ore += amount.ore;
    totals.set(key, total);
  }
  if (body.length === 0) problems.push({ row: 1, message: t.noRows });
  for (const total of totals.values()) {
    if (Math.abs(kronerOf(total.ore)) > MAX_KRONER)
      problems.push({
        row: 1,
        message: fill(t.amountTooLarge, { value: `${total.line.label}, ${total.month}` }),
      });
  }
  if (problems.length > 0) throw new SpendingImportInvalid(problems);

  const months = [...new Set([...totals.values()].map((total) => total.month))].sort((a, b) => a - b);
  const result = {
    mode: query.mode,
    rows: body.length,
    months,
    totals: [...totals.values()]
      .sort((a, b) => a.month - b.month || lines.indexOf(a.line) - lines.indexOf(b.line))
      .map((total) => ({ month: total.month, line: total.line.key, amount: kronerOf(total.ore) })),
  };
  if (query.mode === 'dry-run') return result;
  await withTransaction(db, ctx, async (trx) => {
    await deleteSpendingMonths(trx, plan.id, query.year, months);
    for (const total of totals.values()) {
      await setSpendingCell(trx, {
        plan_id: plan.id,
        year: query.year,
        month: total.month,
        cost_line: total.line.kind,
        focus_area_id: total.line.focusAreaId,
        amount: kronerOf(total.ore),
        source: 'imported',
        changed_by: ctx.actor.userId,
      });
    }
    await saveImportMapping(trx, plan.id, {
      month_column: query.monthColumn,
      cost_line_column: query.costLineColumn,
      amount_column: query.amountColumn,
    });
  });
  return result;
}
