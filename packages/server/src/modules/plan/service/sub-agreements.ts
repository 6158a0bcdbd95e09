import type { z } from 'zod';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { AppError } from '../../../platform/http/errors.ts';
import type { PatchSubAgreementInput, SubAgreementView } from '../contract/overview.ts';
import { findFocusAreaBySubAgreement, updateSubAgreement } from '../queries/overview.ts';
import { presentSubAgreement } from './views.ts';

/** A revised delaftale: only the fields sent change; the history trigger keeps the old values. */
export async function patchSubAgreement(
  db: Db,
  ctx: RequestContext,
  subAgreementId: string,
  input: PatchSubAgreementInput,
): Promise<z.infer<typeof SubAgreementView>> {
  const planId = ctx.actor.plan.id;
  if (!(await findFocusAreaBySubAgreement(db, planId, subAgreementId))) throw new AppError('NOT_FOUND');
  await withTransaction(db, ctx, async (trx) => {
    const result = await updateSubAgreement(trx, planId, subAgreementId, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.weeklyStaffHours !== undefined ? { weekly_staff_hours: input.weeklyStaffHours } : {}),
      ...(input.weeklyStaffHoursAsWritten !== undefined
        ? { weekly_staff_hours_as_written: input.weeklyStaffHoursAsWritten }
        : {}),
      ...(input.staffHoursNote !== undefined ? { staff_hours_note: input.staffHoursNote } : {}),
      ...(input.revisionText !== undefined ? { revision_text: input.revisionText } : {}),
      ...(input.parties !== undefined
        ? {
            parties: JSON.stringify(
              input.parties.map((p) => ({
                title: p.title,
                organisation: p.organisation,
                includes: p.includes ?? [],
                asWritten: null,
              })),
            ),
          }
        : {}),
      ...(input.staffHours !== undefined ? { staff_hours: JSON.stringify(input.staffHours) } : {}),
    });
    if (result.numUpdatedRows === 0n) throw new AppError('NOT_FOUND');
  });
  const row = await findFocusAreaBySubAgreement(db, planId, subAgreementId);
  if (!row) throw new AppError('NOT_FOUND');
  return presentSubAgreement(row);
}
