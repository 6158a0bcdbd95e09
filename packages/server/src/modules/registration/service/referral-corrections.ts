import { da } from '@helhed/core';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { AppError, fieldError } from '../../../platform/http/errors.ts';
import type { ReferralCorrectionInput } from '../contract/bodies.ts';
import { insertReferralRevision, updateReferralText } from '../queries/referral-revisions.ts';
import { findReferral } from '../queries/referrals.ts';
import type { ReferralValues } from '../tables.ts';
import { lockLiveParticipant } from './participants.ts';
import { participantDetail } from './views.ts';

/**
 * Corrects a referral's source and text. The values before and after and the reason go into the
 * participant's history; the row trigger audits the change without values. A correction that changes
 * nothing is a Danish 400 that saves nothing; a referral outside the actor's scope is a 404.
 */
export async function correctReferral(
  db: Db,
  ctx: RequestContext,
  referralId: string,
  input: ReferralCorrectionInput,
) {
  const { actor } = ctx;
  const participantId = await withTransaction(db, ctx, async (trx) => {
    const referral = await findReferral(trx, actor.plan.id, referralId);
    if (!referral) throw new AppError('NOT_FOUND');
    // The referral is visible only through its participant's scope.
    await lockLiveParticipant(trx, actor, referral.participant_id);
    const before: ReferralValues = {
      source: referral.source,
      sourceOther: referral.source_other,
      text: referral.reason,
    };
    const after: ReferralValues = {
      source: input.source,
      sourceOther: input.source === 'other' ? (input.sourceOther ?? null) : null,
      text: input.text ?? null,
    };
    if (JSON.stringify(after) === JSON.stringify(before)) {
      throw fieldError('reason', da.registration.errors.nothingChanged);
    }
    await updateReferralText(trx, referralId, after);
    await insertReferralRevision(trx, {
      plan_id: actor.plan.id,
      referral_id: referralId,
      reason: input.reason,
      before,
      after,
      changed_by: actor.userId,
    });
    return referral.participant_id;
  });
  return participantDetail(db, ctx, participantId);
}
