import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { listMergesOf } from '../queries/merge.ts';
import { findParticipant } from '../queries/participants.ts';
import { presentMerge } from './present-merge.ts';

/** The merges of a participant in the actor's scope (404 outside it, and for a merged-away record). */
export async function mergesOf(db: Db, ctx: RequestContext, participantId: string) {
  if (!(await findParticipant(db, ctx.actor, participantId))) throw new AppError('NOT_FOUND');
  const rows = await listMergesOf(db, ctx.actor.plan.id, participantId);
  return { merges: rows.map((row) => presentMerge(ctx, row)) };
}
