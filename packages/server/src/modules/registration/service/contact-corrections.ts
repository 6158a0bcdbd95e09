import { da } from '@helhed/core';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { AppError, fieldError } from '../../../platform/http/errors.ts';
import type { ContactCorrectionInput } from '../contract/bodies.ts';
import {
  deleteContact,
  insertContactRevision,
  lockContact,
  updateContact,
} from '../queries/contact-revisions.ts';
import type { ContactValues } from '../tables.ts';
import { lockOpenCase } from './cases.ts';
import { caseDetail } from './views.ts';

const t = da.registration.errors;

/** The open forløb in scope and its contact, both locked; a contact of another forløb is a 404. */
async function lockBoth(trx: Db, ctx: RequestContext, caseId: string, contactId: string) {
  const row = await lockOpenCase(trx, ctx.actor, caseId);
  const contact = await lockContact(trx, caseId, contactId);
  if (!contact) throw new AppError('NOT_FOUND');
  const before: ContactValues = { occurredOn: contact.occurred_on, kind: contact.kind, note: contact.note };
  return { startedOn: row.started_on, before };
}

/**
 * Corrects a logged contact of an open forløb. The values before and after and the reason go into the
 * forløb's history; the row trigger audits the change without values. A correction that changes
 * nothing, or dates the contact before the forløb started, is a Danish 400 that saves nothing.
 */
export async function correctContact(
  db: Db,
  ctx: RequestContext,
  caseId: string,
  contactId: string,
  input: ContactCorrectionInput,
) {
  await withTransaction(db, ctx, async (trx) => {
    const { startedOn, before } = await lockBoth(trx, ctx, caseId, contactId);
    const after: ContactValues = { occurredOn: input.occurredOn, kind: input.kind, note: input.note };
    if (after.occurredOn < startedOn) throw fieldError('occurredOn', t.contactBeforeStart);
    if (JSON.stringify(after) === JSON.stringify(before)) throw fieldError('reason', t.nothingChanged);
    await updateContact(trx, contactId, after);
    await insertContactRevision(trx, {
      plan_id: ctx.actor.plan.id,
      case_id: caseId,
      contact_id: contactId,
      change: 'edit',
      reason: input.reason,
      before,
      after,
      changed_by: ctx.actor.userId,
    });
  });
  return caseDetail(db, ctx, caseId);
}

/** Removes a logged contact of an open forløb; what it said and why it went stay in the history. */
export async function removeContact(
  db: Db,
  ctx: RequestContext,
  caseId: string,
  contactId: string,
  reason: string,
) {
  await withTransaction(db, ctx, async (trx) => {
    const { before } = await lockBoth(trx, ctx, caseId, contactId);
    await deleteContact(trx, contactId);
    await insertContactRevision(trx, {
      plan_id: ctx.actor.plan.id,
      case_id: caseId,
      contact_id: contactId,
      change: 'remove',
      reason,
      before,
      after: null,
      changed_by: ctx.actor.userId,
    });
  });
  return caseDetail(db, ctx, caseId);
}
