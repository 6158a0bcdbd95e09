import { da, fill } from '@helhed/core';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import { hasControlCharacters, looksLikeCpr } from '../../../platform/contract/fields.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import {
  columnPositions,
  readTableFile,
  type TableRecord,
  UnreadableFile,
} from '../../../platform/files/table-file.ts';
import { resolveTeam } from '../../registration/index.ts';
import { insertEvent } from '../queries/events.ts';
import { insertHousehold } from '../queries/households.ts';
import { listPhases } from '../queries/phases.ts';

const t = da.rehousing.import;

/** The columns of a household list, as headers in Danish (case and spaces ignored). */
const COLUMNS = {
  etape: ['etape'],
  kontaktperson: ['kontaktperson', 'navn'],
  kontakt: ['kontakt', 'telefon', 'e-mail'],
  voksne: ['voksne'],
  born05: ['børn 0-5', 'born 0-5', 'børn 0–5'],
  born617: ['børn 6-17', 'born 6-17', 'børn 6–17'],
  adresse: ['adresse', 'nuværende adresse'],
  type: ['type', 'genhusningstype'],
  skrevetOp: ['skrevet op', 'dato'],
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: Column[] = ['etape', 'kontaktperson', 'voksne', 'type', 'skrevetOp'];

export interface ImportProblem {
  row: number;
  message: string;
}
export class HouseholdImportInvalid extends Error {
  constructor(readonly rows: ImportProblem[]) {
    super(da.planApi.importInvalid);
  }
}

const TYPES: Record<string, 'temporary' | 'permanent'> = {
  midlertidig: 'temporary',
  midlertidigt: 'temporary',
  permanent: 'permanent',
};

/**
 * Imports a household list (CSV or XLSX) all or nothing: every row is checked first and every bad
 * row is named in Danish; only a file without problems is saved, in one transaction.
 */
export async function importHouseholds(
  db: Db,
  ctx: RequestContext,
  file: { kind: 'csv' | 'xlsx'; content: Buffer },
): Promise<{ imported: number }> {
  const { actor } = ctx;
  let records: TableRecord[];
  try {
    records = await readTableFile(file);
  } catch (error) {
    if (error instanceof UnreadableFile)
      throw new HouseholdImportInvalid([{ row: 1, message: da.planApi.importUnreadable }]);
    throw error;
  }
  const header = records[0];
  if (!header) throw new HouseholdImportInvalid([{ row: 1, message: t.sheetMissing }]);
  const position = columnPositions(header.cells, COLUMNS);
  const missing = REQUIRED.filter((column) => !position.has(column));
  if (missing.length > 0) {
    throw new HouseholdImportInvalid(
      missing.map((column) => ({ row: 1, message: fill(t.columnMissing, { column: COLUMNS[column][0] }) })),
    );
  }
  const phases = new Map((await listPhases(db, actor.plan.id)).map((p) => [p.name.toLowerCase(), p.id]));
  const problems: ImportProblem[] = [];
  const rows = records
    .slice(1)
    .filter((r) => r.cells.some((c) => c.trim() !== ''))
    .map((record) => {
      const cell = (column: Column) => (record.cells[position.get(column) ?? -1] ?? '').trim();
      const fail = (message: string) =>
        problems.push({ row: record.row, message: fill(t.row, { row: record.row, message }) });
      if (record.cells.some((c) => looksLikeCpr(c) || hasControlCharacters(c))) fail(t.cpr);
      const phaseId = phases.get(cell('etape').toLowerCase());
      if (!phaseId) fail(fill(t.phaseUnknown, { value: cell('etape') }));
      if (!cell('kontaktperson')) fail(t.nameMissing);
      const number = (column: Column, label: string) => {
        const text = cell(column) || (column === 'voksne' ? '' : '0');
        const value = Number(text);
        if (!/^\d+$/.test(text) || value > 20) fail(fill(t.numberInvalid, { column: label }));
        return value;
      };
      const adults = number('voksne', 'voksne');
      const young = number('born05', 'børn 0-5');
      const older = number('born617', 'børn 6-17');
      const type = TYPES[cell('type').toLowerCase()];
      if (!type) fail(t.typeInvalid);
      const registeredOn = cell('skrevetOp');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(registeredOn) || Number.isNaN(Date.parse(registeredOn))) {
        fail(fill(t.dateInvalid, { column: 'skrevet op' }));
      }
      const longest = Math.max(cell('kontaktperson').length, cell('kontakt').length, cell('adresse').length);
      if (longest > 200) fail(da.registration.errors.tooLong);
      return {
        phaseId,
        adults,
        young,
        older,
        type,
        registeredOn,
        name: cell('kontaktperson'),
        contact: cell('kontakt'),
        address: cell('adresse'),
      };
    });
  if (rows.length === 0) problems.push({ row: 1, message: t.sheetMissing });
  if (problems.length > 0) throw new HouseholdImportInvalid(problems);
  return withTransaction(db, ctx, async (trx) => {
    const teamId = await resolveTeam(trx, actor, null);
    for (const row of rows) {
      const inserted = await insertHousehold(trx, {
        plan_id: actor.plan.id,
        phase_id: row.phaseId as string,
        team_id: teamId,
        responsible_user_id: actor.userId,
        contact_name: row.name,
        contact_info: row.contact || null,
        adults: row.adults,
        children_0_5: row.young,
        children_6_17: row.older,
        current_address: row.address || null,
        rehousing_type: row.type as string,
      });
      if (!inserted) throw new Error('household insert returned nothing');
      await insertEvent(trx, {
        plan_id: actor.plan.id,
        household_id: inserted.id,
        type: 'registered',
        occurred_on: row.registeredOn,
        recorded_by: actor.userId,
      });
    }
    return { imported: rows.length };
  });
}
