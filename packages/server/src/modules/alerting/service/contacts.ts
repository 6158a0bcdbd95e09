import { da } from '@helhed/core';
import type { z } from 'zod';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { AppError, fieldError } from '../../../platform/http/errors.ts';
import type { ContactInput, ContactView } from '../contract/contacts.ts';
import {
  type ContactRow,
  type ContactValues,
  confirmContact,
  findContact,
  findContactByClientKey,
  insertContact,
  listContacts,
  organisationExists,
  updateContact,
} from '../queries/contacts.ts';
import { logContactAdded, logContactChanged } from './list-changes.ts';
import { presentContact } from './presenters.ts';

type Contact = z.infer<typeof ContactView>;

function valuesOf(input: ContactInput): ContactValues {
  return {
    organisationId: input.organisationId,
    group: input.group,
    roleTitle: input.roleTitle,
    fullName: input.fullName,
    email: input.email,
    phone: input.phone ?? null,
    deputyId: input.deputyId ?? null,
    isActive: input.isActive ?? true,
  };
}

async function checkReferences(db: Db, planId: string, values: ContactValues, selfId: string | null) {
  if (!(await organisationExists(db, planId, values.organisationId))) {
    throw fieldError('organisationId', da.alerting.errors.unknownOrganisation);
  }
  if (values.deputyId) {
    if (values.deputyId === selfId) {
      throw fieldError('deputyId', da.alerting.errors.deputyIsSelf);
    }
    if (!(await findContact(db, planId, values.deputyId))) {
      throw fieldError('deputyId', da.alerting.errors.unknownContact);
    }
  }
}

function foundContact(db: Db, planId: string, id: string): Promise<ContactRow> {
  return findContact(db, planId, id).then((row) => row ?? Promise.reject(new AppError('NOT_FOUND')));
}

/** The alert list; every person shown is a read in the audit log. */
export async function listContactViews(db: Db, ctx: RequestContext): Promise<{ contacts: Contact[] }> {
  const rows = await listContacts(db, ctx.actor.plan.id);
  return { contacts: rows.map((row) => presentContact(ctx, row)) };
}

/** Adds a person to the alert list; idempotent on clientKey. Entering them counts as confirming. */
export async function createContact(
  db: Db,
  ctx: RequestContext,
  input: ContactInput & { clientKey: string },
): Promise<{ contact: Contact; isReplay: boolean }> {
  const planId = ctx.actor.plan.id;
  const values = valuesOf(input);
  const { row, isReplay } = await withTransaction(db, ctx, async (trx) => {
    await checkReferences(trx, planId, values, null);
    const inserted = await insertContact(trx, planId, input.clientKey, values);
    const row = await findContactByClientKey(trx, planId, input.clientKey);
    if (!row || (!inserted && row.email !== values.email)) throw new AppError('CONFLICT');
    if (inserted) await logContactAdded(trx, ctx, row);
    return { row, isReplay: !inserted };
  });
  return { contact: presentContact(ctx, row), isReplay };
}

export async function editContact(db: Db, ctx: RequestContext, id: string, input: ContactInput) {
  const planId = ctx.actor.plan.id;
  const values = valuesOf(input);
  const row = await withTransaction(db, ctx, async (trx) => {
    await checkReferences(trx, planId, values, id);
    const before = await findContact(trx, planId, id);
    if (!before || !(await updateContact(trx, planId, id, values))) throw new AppError('NOT_FOUND');
    await logContactChanged(trx, ctx, before, values);
    return foundContact(trx, planId, id);
  });
  return presentContact(ctx, row);
}

/** The SSP leader confirms that an entry is still right; the page shows when that last happened. */
export async function confirmContactCurrent(db: Db, ctx: RequestContext, id: string) {
  const planId = ctx.actor.plan.id;
  const row = await withTransaction(db, ctx, async (trx) => {
    if (!(await confirmContact(trx, planId, id))) throw new AppError('NOT_FOUND');
    return foundContact(trx, planId, id);
  });
  return presentContact(ctx, row);
}
