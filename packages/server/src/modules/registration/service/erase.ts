import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { erasePersonalData } from '../queries/erase.ts';
import { lockParticipant } from '../queries/participants.ts';

/** Erases one participant in scope (art. 17). A participant outside the scope is not found. */
export async function eraseParticipant(db: Db, ctx: RequestContext, participantId: string): Promise<void> {
  await withTransaction(db, ctx, async (trx) => {
    const row = await lockParticipant(trx, ctx.actor, participantId);
    if (!row) throw new AppError('NOT_FOUND');
    if (row.erased_at) return;
    await erasePersonalData(trx, participantId);
  });
}
