import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { createParticipant, createReferral } from '../../registration/index.ts';
import type { FollowupInput, HouseholdReferralInput } from '../contract/requests.ts';
import { insertFollowup } from '../queries/followups.ts';
import { lockHousehold, updateHousehold } from '../queries/households.ts';
import { householdDetail } from './views.ts';

/** The brobygger's follow-up after a move: a contact, a connection to a local offer, or the closing. */
async function saveFollowup(
  db: Db,
  ctx: RequestContext,
  householdId: string,
  input: FollowupInput,
  referralId: string | null,
) {
  const { actor } = ctx;
  await withTransaction(db, ctx, async (trx) => {
    const household = await lockHousehold(trx, actor, householdId);
    if (!household) throw new AppError('NOT_FOUND');
    if (household.erased_at) throw new AppError('REHOUSING_ERASED');
    await insertFollowup(trx, {
      plan_id: actor.plan.id,
      client_key: input.clientKey,
      household_id: householdId,
      kind: input.kind,
      occurred_on: input.occurredOn,
      connection: input.kind === 'connection' ? (input.connection ?? null) : null,
      note: input.note,
      referral_id: referralId,
      recorded_by: actor.userId,
    });
  });
}

/** Records a follow-up; answers the household as it is now. */
export async function addFollowup(db: Db, ctx: RequestContext, householdId: string, input: FollowupInput) {
  await saveFollowup(db, ctx, householdId, input, null);
  return householdDetail(db, ctx, householdId);
}

/**
 * Refers a vulnerable household's contact person to one of the plan's activities through the
 * registration module: the contact person becomes a participant (minimal data: the name, with the
 * consent recorded) unless already linked, and the referral is registration's own record. The
 * household keeps only the link, so nothing is copied. One transaction from the household's lock to
 * the follow-up: a failure in any step leaves no participant, referral or link behind.
 */
export async function referHousehold(
  db: Db,
  ctx: RequestContext,
  householdId: string,
  input: HouseholdReferralInput,
): Promise<{ participantId: string; referralId: string }> {
  const { actor } = ctx;
  return withTransaction(db, ctx, async (trx) => {
    const household = await lockHousehold(trx, actor, householdId);
    if (!household) throw new AppError('NOT_FOUND');
    if (household.erased_at || !household.contact_name) throw new AppError('REHOUSING_ERASED');
    let participantId = household.participant_id;
    if (!participantId) {
      const created = await createParticipant(trx, ctx, actor, {
        clientKey: crypto.randomUUID(),
        displayName: household.contact_name,
        gender: 'unspecified',
        contact: household.contact_info,
        teamId: household.team_id,
        consent: {
          givenOn: input.consentGivenOn,
          forRegistration: true,
          forStatistics: input.forStatistics,
          forPartnerContact: false,
          partnerNames: null,
        },
      });
      participantId = created.id;
      await updateHousehold(trx, householdId, { participant_id: participantId });
    }
    const referral = await createReferral(trx, ctx, actor, participantId, {
      clientKey: input.clientKey,
      source: 'other',
      sourceOther: 'Genhusning',
      referredOn: input.referredOn,
      reason: input.reason,
      activityId: input.activityId,
      decision: 'pending',
      decidedOn: null,
    });
    const followup: FollowupInput = {
      clientKey: crypto.randomUUID(),
      kind: 'contact',
      occurredOn: input.referredOn,
      note: input.reason,
      connection: null,
    };
    await saveFollowup(trx, ctx, householdId, followup, referral.id);
    return { participantId, referralId: referral.id };
  });
}
