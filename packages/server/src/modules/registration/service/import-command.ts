import { isAllowed } from '@helhed/core';
import { requestContext } from '../../../platform/access/request-context.ts';
import { writeReadTrail } from '../../../platform/audit/read-trail.ts';
import { commandLineActor } from '../../../platform/auth/command-line-actor.ts';
import type { Db } from '../../../platform/db/database.ts';
import type { TableFileKind } from '../../../platform/files/table-file.ts';
import type { ImportKind } from '../contract/imports.ts';
import { type ImportMode, type ImportReport, runImport } from './import.ts';

export class ImportUserUnknown extends Error {}

/**
 * `helhed import participants|attendance|volunteers FILE --as EMAIL [--dry-run]`: the same import
 * as the page, acting as that staff member with their scope; the names it shows are audited reads.
 */
export async function importFromCommandLine(
  db: Db,
  email: string,
  kind: ImportKind,
  file: { kind: TableFileKind; content: Buffer },
  mode: ImportMode,
): Promise<ImportReport> {
  const actor = await commandLineActor(db, email);
  if (!actor || !isAllowed(actor.role, 'registration.edit')) throw new ImportUserUnknown(email);
  const ctx = requestContext(actor, null, 'helhed-import');
  try {
    return await runImport(db, ctx, kind, file, mode);
  } finally {
    await writeReadTrail(db, ctx, ctx.audit.pending.splice(0));
  }
}
