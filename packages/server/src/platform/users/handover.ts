import { da, fill } from '@helhed/core';
import { eventBy, insertAuditEvents } from '../audit/queries.ts';
import type { Db } from '../db/database.ts';
import { type Acting, whoActs, withTransaction } from '../db/transaction.ts';
import { AppError } from '../http/errors.ts';
import { findUserOfPlan } from './queries.ts';

/**
 * Moving a worker's open work to another in one step, e.g. when someone leaves. The platform knows
 * no module tables: each module that gives people work passes its step (app.ts), and all steps run
 * in one transaction, so a failure moves nothing. The audit event names both people.
 */
export interface HandoverStep {
  /** Sets the responsible person of every open item of `fromUserId`; returns how many. */
  move(db: Db, planId: string, fromUserId: string, toUserId: string): Promise<number>;
}
export interface HandoverSteps {
  cases: HandoverStep;
  households: HandoverStep;
}
export interface HandoverResult {
  cases: number;
  households: number;
  from: string;
  to: string;
}

const CAN_TAKE_OVER = new Set(['worker', 'leader']);

export async function handOver(
  db: Db,
  acting: Acting,
  planId: string,
  fromUserId: string,
  toUserId: string,
  steps: HandoverSteps,
): Promise<HandoverResult> {
  if (fromUserId === toUserId) throw new AppError('HANDOVER_SAME_USER');
  const actor = whoActs(acting);
  return withTransaction(db, actor, async (trx) => {
    const from = await findUserOfPlan(trx, planId, fromUserId);
    if (!from) throw new AppError('NOT_FOUND');
    const to = await findUserOfPlan(trx, planId, toUserId);
    if (!to?.is_active || !CAN_TAKE_OVER.has(to.role)) throw new AppError('HANDOVER_BAD_TARGET');
    const cases = await steps.cases.move(trx, planId, fromUserId, toUserId);
    const households = await steps.households.move(trx, planId, fromUserId, toUserId);
    await insertAuditEvents(trx, [
      eventBy(actor, planId, {
        action: 'handover',
        entityType: 'app_user',
        entityId: fromUserId,
        details: fill(da.accounts.auditDetails.handover, {
          from: from.email,
          to: to.email,
          cases: String(cases),
          households: String(households),
        }),
      }),
    ]);
    return { cases, households, from: from.display_name, to: to.display_name };
  });
}
