import { da } from '@helhed/core';
import type { RequestContext, SessionActor } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { type Acting, withTransaction } from '../../../platform/db/transaction.ts';
import { AppError, fieldError } from '../../../platform/http/errors.ts';
import type { ReferralInput } from '../contract/bodies.ts';
import { existsInPlan } from '../queries/lookups.ts';
import { lockParticipant } from '../queries/participants.ts';
import {
  findReferral,
  findReferralByClientKey,
  insertReferral,
  decideReferral as updateDecision,
} from '../queries/referrals.ts';
import { lockLiveParticipant } from './participants.ts';
import { participantDetail } from './views.ts';

const t = da.registration.errors;

/** Refers a participant to an activity; genhusning calls it inside its own transaction too. */
export async function createReferral(
  db: Db,
  acting: Acting,
  actor: SessionActor,
  participantId: string,
  input: ReferralInput,
): Promise<{ id: string; isReplay: boolean }> {
  const planId = actor.plan.id;
  return withTransaction(db, acting, async (trx) => {
    const participant = await lockParticipant(trx, actor, participantId);
    if (!participant) throw new AppError('NOT_FOUND');
    const earlier = await findReferralByClientKey(trx, planId, input.clientKey);
    if (earlier) {
      if (earlier.participant_id !== participantId) throw new AppError('CONFLICT');
      return { id: earlier.id, isReplay: true };
    }
    if (participant.erased_at) throw new AppError('REGISTRATION_ERASED');
    if (!(await existsInPlan(trx, 'plan_activity', planId, input.activityId))) {
      throw fieldError('activityId', t.unknownActivity);
    }
    const decided = input.decision === 'pending' ? null : (input.decidedOn ?? input.referredOn);
    const inserted = await insertReferral(trx, {
      plan_id: planId,
      client_key: input.clientKey,
      participant_id: participantId,
      source: input.source,
      source_other: input.source === 'other' ? input.sourceOther : null,
      referred_on: input.referredOn,
      reason: input.reason,
      activity_id: input.activityId,
      decision: input.decision,
      decided_on: decided,
    });
    if (!inserted) throw new AppError('CONFLICT');
    return { id: inserted.id, isReplay: false };
  });
}

/** POST /participants/:id/referrals: refers, then answers with the participant. */
export async function referParticipant(
  db: Db,
  ctx: RequestContext,
  participantId: string,
  input: ReferralInput,
) {
  const { isReplay } = await createReferral(db, ctx, ctx.actor, participantId, input);
  return { isReplay, view: await participantDetail(db, ctx, participantId) };
}

/** Decides a referral; answers with its participant. */
export async function decideReferral(
  db: Db,
  ctx: RequestContext,
  referralId: string,
  input: { decision: string; decidedOn: string },
) {
  const { actor } = ctx;
  const participantId = await withTransaction(db, ctx, async (trx) => {
    const referral = await findReferral(trx, actor.plan.id, referralId);
    if (!referral) throw new AppError('NOT_FOUND');
    // The referral is visible only through its participant's scope.
    await lockLiveParticipant(trx, actor, referral.participant_id);
    if (input.decidedOn < referral.referred_on) throw fieldError('decidedOn', t.endBeforeStart);
    await updateDecision(
      trx,
      referralId,
      input.decision,
      input.decision === 'pending' ? null : input.decidedOn,
    );
    return referral.participant_id;
  });
  return participantDetail(db, ctx, participantId);
}
