import { da } from '@helhed/core';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { AppError, fieldError } from '../../../platform/http/errors.ts';
import type { EditEntryInput } from '../contract/knowledge.ts';
import {
  forgetEntryTexts,
  insertEntryRevision,
  lockOwnEntry,
  markEntryWithdrawn,
  updateEntryText,
} from '../queries/knowledge-revisions.ts';
import type { EntryText } from '../tables.ts';
import { guardText } from './knowledge.ts';

/**
 * Edits an entry of the plan's own (another plan's, or none, is a 404; a withdrawn one a 409). The
 * new text passes the same guard as a new entry. The history keeps the text before and after and the
 * reason; an edit that removes personal data keeps no earlier text of the entry at all.
 */
export async function editEntry(db: Db, ctx: RequestContext, entryId: string, input: EditEntryInput) {
  guardText([input.title, input.body], input.confirmPersonalData);
  await withTransaction(db, ctx, async (trx) => {
    const entry = await lockOwnEntry(trx, ctx.actor.plan.id, entryId);
    if (!entry) throw new AppError('NOT_FOUND');
    if (entry.withdrawn_at) throw new AppError('KNOWLEDGE_ENTRY_WITHDRAWN');
    const before: EntryText = { title: entry.title, body: entry.body, year: entry.year };
    const after: EntryText = { title: input.title, body: input.body, year: input.year };
    if (JSON.stringify(before) === JSON.stringify(after))
      throw fieldError('reason', da.program.errors.nothingChanged);
    await updateEntryText(trx, entryId, after);
    if (input.removesPersonalData) await forgetEntryTexts(trx, entryId);
    await insertEntryRevision(trx, {
      plan_id: ctx.actor.plan.id,
      entry_id: entryId,
      change: 'edit',
      reason: input.reason,
      removed_personal_data: input.removesPersonalData,
      before: input.removesPersonalData ? null : before,
      after,
      changed_by: ctx.who.actorId,
    });
  });
  return { id: entryId };
}

/** Withdraws an entry of the plan's own, with a reason: it stays on its activity, marked, and leaves the search. */
export async function withdrawEntry(db: Db, ctx: RequestContext, entryId: string, reason: string) {
  await withTransaction(db, ctx, async (trx) => {
    const entry = await lockOwnEntry(trx, ctx.actor.plan.id, entryId);
    if (!entry) throw new AppError('NOT_FOUND');
    if (entry.withdrawn_at) throw new AppError('KNOWLEDGE_ENTRY_WITHDRAWN');
    await markEntryWithdrawn(trx, entryId, reason);
    await insertEntryRevision(trx, {
      plan_id: ctx.actor.plan.id,
      entry_id: entryId,
      change: 'withdraw',
      reason,
      removed_personal_data: false,
      before: null,
      after: null,
      changed_by: ctx.who.actorId,
    });
  });
  return { id: entryId };
}
