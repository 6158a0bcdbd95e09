import { da, fill, formatDate } from '@helhed/core';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import {
  createPdfReport,
  type ExportFormat,
  type Sheet,
  toCsv,
  toXlsx,
} from '../../../platform/export/index.ts';
import { TABLE_CELLS } from '../contract/vocabularies.ts';
import { findPhase } from '../queries/phases.ts';
import { today } from './clock.ts';
import { type SafeStatusTable, seesExactCounts, statusSeries, statusTable } from './status.ts';

const t = da.rehousing.table;

/** The committee table as an export sheet: one row per cell and the total, as in seed 001. */
export function statusSheet(table: SafeStatusTable, phaseName: string): Sheet {
  const column = fill(t.asOf, { date: formatDate(table.date) });
  return {
    name: `${t.title} – ${phaseName}`.slice(0, 31),
    columns: [
      { key: 'category', label: t.category },
      { key: 'count', label: column, numeric: true },
    ],
    rows: [
      ...TABLE_CELLS.map((cell) => ({ category: t[cell], count: table.cells[cell] })),
      { category: t.total, count: table.total },
    ],
    note: table.exact ? t.rule : `${t.rule} ${fill(t.note, { threshold: table.threshold })}`,
  };
}

export async function exportStatus(
  db: Db,
  planId: string,
  planName: string,
  phaseId: string | null,
  date: string,
  exact: boolean,
  format: ExportFormat,
): Promise<Buffer> {
  const phase = phaseId ? await findPhase(db, planId, phaseId) : null;
  const phaseName = phase?.name ?? planName;
  const table = await statusTable(db, planId, phaseId, date, exact);
  const sheet = statusSheet(table, phaseName);
  if (format === 'csv') return Buffer.from(toCsv([sheet]), 'utf8');
  if (format === 'xlsx') return toXlsx([sheet], { title: t.title });
  const series = await statusSeries(db, planId, phaseId, date, exact);
  const report = (
    await createPdfReport(
      { title: t.title, subtitle: phaseName, lines: [planName, fill(t.asOf, { date: formatDate(date) })] },
      `${t.title} – ${phaseName}`,
    )
  )
    .heading(fill(t.asOf, { date: formatDate(date) }))
    .table(sheet);
  // The last twelve month-ends as bars; a hidden "x" draws no bar, only its label.
  const recent = series.slice(-12);
  if (recent.length > 1) {
    report.barChart({
      title: t.title,
      categories: recent.map((point) => formatDate(point.date)),
      series: TABLE_CELLS.map((cell) => ({ name: t[cell], values: recent.map((p) => p.cells[cell]) })),
    });
  }
  return report.finish();
}

/** The status table as a file on a date (today unless given), with the counts the actor may see. */
export async function statusFile(
  db: Db,
  ctx: RequestContext,
  query: { phaseId?: string; date?: string; format: ExportFormat },
) {
  const { plan } = ctx.actor;
  const date = query.date ?? today();
  const exact = seesExactCounts(ctx.actor);
  const body = await exportStatus(db, plan.id, plan.name, query.phaseId ?? null, date, exact, query.format);
  return { body, date };
}
