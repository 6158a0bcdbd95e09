import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import type { TableFileKind } from '../../../platform/files/table-file.ts';
import { IMPORT_OUTCOMES, type ImportKind, type ImportOutcome } from '../contract/imports.ts';
import { ATTENDANCE_COLUMNS, ATTENDANCE_REQUIRED, attendanceImporter } from './import-attendance.ts';
import { PARTICIPANT_COLUMNS, PARTICIPANT_REQUIRED, participantImporter } from './import-participants.ts';
import { type ImportRow, type RowReport, readImportRows } from './import-rows.ts';
import { VOLUNTEER_COLUMNS, VOLUNTEER_REQUIRED, volunteerImporter } from './import-volunteers.ts';

export type ImportMode = 'dry-run' | 'commit';

export interface ImportReport {
  kind: ImportKind;
  mode: ImportMode;
  committed: boolean;
  counts: Record<ImportOutcome, number>;
  rows: RowReport[];
}

type Importer = (db: Db, ctx: RequestContext) => Promise<(row: ImportRow<string>) => Promise<RowReport>>;

/** Each kind's columns (Danish names), the ones a row cannot do without, and its row handler. */
const KINDS: Record<
  ImportKind,
  { columns: Record<string, readonly string[]>; required: string[]; importer: Importer }
> = {
  participants: {
    columns: PARTICIPANT_COLUMNS,
    required: PARTICIPANT_REQUIRED,
    importer: participantImporter as unknown as Importer,
  },
  attendance: {
    columns: ATTENDANCE_COLUMNS,
    required: ATTENDANCE_REQUIRED,
    importer: attendanceImporter as unknown as Importer,
  },
  volunteers: {
    columns: VOLUNTEER_COLUMNS,
    required: VOLUNTEER_REQUIRED,
    importer: volunteerImporter as unknown as Importer,
  },
};

/** Thrown inside the transaction to undo it: a dry run, or a commit with a refused row. */
class RolledBack extends Error {
  constructor(readonly report: ImportReport) {
    super('rolled back');
  }
}

/**
 * Imports a file of one kind all or nothing. Every row runs through the same checks and writes as
 * the single-record routes, in one transaction; a dry run and a file with any refused row roll it
 * back, so what the dry run reports is what the commit does, and a failed commit leaves no trace.
 */
export async function runImport(
  db: Db,
  ctx: RequestContext,
  kind: ImportKind,
  file: { kind: TableFileKind; content: Buffer },
  mode: ImportMode,
): Promise<ImportReport> {
  const { columns, required, importer } = KINDS[kind];
  const rows = await readImportRows(file, columns, required);
  try {
    return await withTransaction(db, ctx, async (trx) => {
      const handle = await importer(trx, ctx);
      const reports: RowReport[] = [];
      for (const row of rows) reports.push(await handle(row));
      const counts = Object.fromEntries(IMPORT_OUTCOMES.map((o) => [o, 0])) as Record<ImportOutcome, number>;
      for (const report of reports) counts[report.outcome] += 1;
      const report: ImportReport = { kind, mode, committed: false, counts, rows: reports };
      if (mode === 'dry-run' || counts.refused > 0) throw new RolledBack(report);
      return { ...report, committed: true };
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.report;
    throw error;
  }
}
