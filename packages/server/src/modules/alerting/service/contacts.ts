import { da } from '@helhed/core';
import type { Db } from '../../../platform/db/database.ts';
import { type ActorContext, withTransaction } from '../../../platform/db/transaction.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { findShift } from '../queries/ack.ts';
import {
  type ContactValues,
  confirmContact,
  deleteShift,
  findContact,
  findContactByClientKey,
  insertContact,
  insertShift,
  organisationExists,
  updateContact,
} from '../queries/contacts.ts';
import { logContactAdded, logContactChanged, logShiftChange } from './list-changes.ts';

type PlanActor = ActorContext & { planId: string };

async function checkReferences(db: Db, planId: string, values: ContactValues, selfId: string | null) {
  if (!(await organisationExists(db, planId, values.organisationId))) {
    throw new AppError('VALIDATION', [
      { field: 'organisationId', message: da.alerting.errors.unknownOrganisation },
    ]);
  }
  if (values.deputyId) {
    if (values.deputyId === selfId) {
      throw new AppError('VALIDATION', [{ field: 'deputyId', message: da.alerting.errors.deputyIsSelf }]);
    }
    if (!(await findContact(db, planId, values.deputyId))) {
      throw new AppError('VALIDATION', [{ field: 'deputyId', message: da.alerting.errors.unknownContact }]);
    }
  }
}

/** Adds a person to the alert list; idempotent on clientKey. Entering them counts as confirming. */
export async function createContact(db: Db, actor: PlanActor, clientKey: string, values: ContactValues) {
  return withTransaction(db, actor, async (trx) => {
    await checkReferences(trx, actor.planId, values, null);
    const inserted = await insertContact(trx, actor.planId, clientKey, values);
    const row = await findContactByClientKey(trx, actor.planId, clientKey);
    if (!row || (!inserted && row.email !== values.email)) throw new AppError('CONFLICT');
    if (inserted) await logContactAdded(trx, actor, row);
    return { contact: row, isReplay: !inserted };
  });
}

export async function editContact(db: Db, actor: PlanActor, id: string, values: ContactValues) {
  return withTransaction(db, actor, async (trx) => {
    await checkReferences(trx, actor.planId, values, id);
    const before = await findContact(trx, actor.planId, id);
    if (!before || !(await updateContact(trx, actor.planId, id, values))) throw new AppError('NOT_FOUND');
    await logContactChanged(trx, actor, before, values);
    return findContact(trx, actor.planId, id).then((row) => row ?? Promise.reject(new AppError('NOT_FOUND')));
  });
}

/** The SSP leader confirms that an entry is still right; the page shows when that last happened. */
export async function confirmContactCurrent(db: Db, actor: PlanActor, id: string) {
  return withTransaction(db, actor, async (trx) => {
    if (!(await confirmContact(trx, actor.planId, id))) throw new AppError('NOT_FOUND');
    return findContact(trx, actor.planId, id).then((row) => row ?? Promise.reject(new AppError('NOT_FOUND')));
  });
}

export async function addShift(
  db: Db,
  actor: PlanActor,
  v: { contactId: string; startsAt: string; endsAt: string },
) {
  const startsAt = new Date(v.startsAt);
  const endsAt = new Date(v.endsAt);
  if (endsAt <= startsAt) {
    throw new AppError('VALIDATION', [{ field: 'endsAt', message: da.alerting.errors.shiftOrder }]);
  }
  return withTransaction(db, actor, async (trx) => {
    const contact = await findContact(trx, actor.planId, v.contactId);
    if (!contact)
      throw new AppError('VALIDATION', [{ field: 'contactId', message: da.alerting.errors.unknownContact }]);
    if (contact.contact_group !== 'ssp_chief') {
      throw new AppError('VALIDATION', [{ field: 'contactId', message: da.alerting.errors.chiefOnly }]);
    }
    const shift = await insertShift(trx, actor.planId, { contactId: v.contactId, startsAt, endsAt });
    await logShiftChange(trx, actor, 'added', {
      full_name: contact.full_name,
      starts_at: startsAt,
      ends_at: endsAt,
    });
    return shift;
  });
}

export async function removeShift(db: Db, actor: PlanActor, id: string) {
  await withTransaction(db, actor, async (trx) => {
    const shift = await findShift(trx, actor.planId, id);
    const result = await deleteShift(trx, actor.planId, id);
    if (!shift || Number(result.numDeletedRows) === 0) throw new AppError('NOT_FOUND');
    await logShiftChange(trx, actor, 'removed', shift);
  });
}
