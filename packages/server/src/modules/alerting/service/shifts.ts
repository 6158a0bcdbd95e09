import { da } from '@helhed/core';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { AppError, fieldError } from '../../../platform/http/errors.ts';
import { findShift } from '../queries/ack.ts';
import { deleteShift, findContact, insertShift, listShifts } from '../queries/contacts.ts';
import { logShiftChange } from './list-changes.ts';
import { presentShift } from './presenters.ts';

/** The rota from yesterday on: who is SSP-chefvagt when; every person shown is a read. */
export async function listShiftViews(db: Db, ctx: RequestContext) {
  const now = new Date();
  const rows = await listShifts(db, ctx.actor.plan.id, new Date(now.getTime() - 86_400_000));
  return { shifts: rows.map((row) => presentShift(ctx, row, now)) };
}

export async function addShift(
  db: Db,
  ctx: RequestContext,
  v: { contactId: string; startsAt: string; endsAt: string },
) {
  const planId = ctx.actor.plan.id;
  const startsAt = new Date(v.startsAt);
  const endsAt = new Date(v.endsAt);
  if (endsAt <= startsAt) throw fieldError('endsAt', da.alerting.errors.shiftOrder);
  return withTransaction(db, ctx, async (trx) => {
    const contact = await findContact(trx, planId, v.contactId);
    if (!contact) throw fieldError('contactId', da.alerting.errors.unknownContact);
    if (contact.contact_group !== 'ssp_chief') throw fieldError('contactId', da.alerting.errors.chiefOnly);
    const shift = await insertShift(trx, planId, { contactId: v.contactId, startsAt, endsAt });
    await logShiftChange(trx, ctx, 'added', {
      full_name: contact.full_name,
      starts_at: startsAt,
      ends_at: endsAt,
    });
    return shift;
  });
}

export async function removeShift(db: Db, ctx: RequestContext, id: string) {
  const planId = ctx.actor.plan.id;
  await withTransaction(db, ctx, async (trx) => {
    const shift = await findShift(trx, planId, id);
    const result = await deleteShift(trx, planId, id);
    if (!shift || Number(result.numDeletedRows) === 0) throw new AppError('NOT_FOUND');
    await logShiftChange(trx, ctx, 'removed', shift);
  });
}
