import { da, fill } from '@helhed/core';
import type { Db } from '../../../platform/db/database.ts';
import type { ExportFormat } from '../../../platform/export/index.ts';
import { findPhaseByIdOrName } from '../queries/phases.ts';
import { exportStatus } from './export.ts';
import { statusTable } from './status.ts';

export { loadFlyttehjaelpDemo } from './demo.ts';

export class PhaseNotFound extends Error {
  constructor(phase: string) {
    super(fill(da.rehousing.errors.phaseNotFound, { phase }));
  }
}

/**
 * The status table for the command line: by default discretion-safe (hidden "x", LP-audited), as it may be sent to a
 * committee; `exact` gives the counts a leader sees. JSON as text, CSV/XLSX/PDF as bytes.
 */
export async function rehousingStatusOutput(
  db: Db,
  plan: { id: string; name: string },
  options: { phase: string | null; date: string; format: 'json' | ExportFormat; exact: boolean },
): Promise<Buffer> {
  let phaseId: string | null = null;
  let phaseName: string | null = null;
  if (options.phase) {
    const phase = await findPhaseByIdOrName(db, plan.id, options.phase);
    if (!phase) throw new PhaseNotFound(options.phase);
    phaseId = phase.id;
    phaseName = phase.name;
  }
  if (options.format === 'json') {
    const table = await statusTable(db, plan.id, phaseId, options.date, options.exact);
    return Buffer.from(`${JSON.stringify({ phase: phaseName, ...table }, null, 2)}\n`, 'utf8');
  }
  return exportStatus(db, plan.id, plan.name, phaseId, options.date, options.exact, options.format);
}
