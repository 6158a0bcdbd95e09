import { da, fill, narrowConsent, todayInDenmark } from '@helhed/core';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import { eventBy, insertAuditEvents } from '../../../platform/audit/queries.ts';
import type { Db } from '../../../platform/db/database.ts';
import { passQuarterLock, withTransaction } from '../../../platform/db/transaction.ts';
import { AppError, fieldError } from '../../../platform/http/errors.ts';
import type { MergeInput } from '../contract/merge.ts';
import {
  findCurrentConsent,
  insertMerge,
  insertMergeConsent,
  joinEnrolments,
  listEnrolments,
  lockPair,
  moveAll,
  moveEnrolments,
  moveShares,
  saveMoves,
  setMergedInto,
} from '../queries/merge.ts';
import type { JoinedEnrolment, MergeMoves } from '../tables.ts';
import type { MergeSteps } from './merge-steps.ts';
import { mergesOf } from './merge-views.ts';

type ConsentRow = NonNullable<Awaited<ReturnType<typeof findCurrentConsent>>>;

const purposesOf = (row: ConsentRow) => ({
  forRegistration: row.for_registration && row.withdrawn_on === null,
  forStatistics: row.for_statistics && row.withdrawn_on === null,
  forPartnerContact: row.for_partner_contact && row.withdrawn_on === null,
  partnerNames: row.partner_names,
});

/** Both records in the leader's scope, live, not merged and not the same; locked for the transaction. */
async function lockBoth(trx: Db, ctx: RequestContext, keptId: string, duplicateId: string) {
  if (keptId === duplicateId) throw fieldError('duplicateId', da.merge.errors.sameRecord);
  const rows = await lockPair(trx, ctx.actor, [keptId, duplicateId]);
  const kept = rows.find((row) => row.id === keptId);
  const duplicate = rows.find((row) => row.id === duplicateId);
  if (!kept) throw new AppError('NOT_FOUND');
  if (!duplicate) throw new AppError('NOT_FOUND');
  if (kept.merged_into_id || duplicate.merged_into_id) throw new AppError('MERGE_ALREADY_MERGED');
  if (kept.erased_at || duplicate.erased_at) throw new AppError('MERGE_ERASED');
  return { kept, duplicate };
}

/**
 * The kept record's new consent: what both current consents allowed, never more (issue 17). Written
 * as a consent row of the merge's own, dated so that it is the newest, which the reports read.
 */
async function narrowKeptConsent(
  trx: Db,
  ctx: RequestContext,
  keptId: string,
  duplicateId: string,
  mergeId: string,
) {
  const [kept, duplicate] = await Promise.all([
    findCurrentConsent(trx, keptId),
    findCurrentConsent(trx, duplicateId),
  ]);
  // A live record always has a consent (withdrawal erases); without one, nothing is allowed.
  if (!kept || !duplicate || kept.withdrawn_on || duplicate.withdrawn_on) throw new AppError('MERGE_ERASED');
  const narrowed = narrowConsent(purposesOf(kept), purposesOf(duplicate));
  const givenOn = [todayInDenmark(), kept.given_on, duplicate.given_on].sort().at(-1) as string;
  const row = await insertMergeConsent(trx, {
    plan_id: ctx.actor.plan.id,
    participant_id: keptId,
    merge_id: mergeId,
    given_on: givenOn,
    recorded_by: ctx.actor.userId,
    for_registration: true,
    for_statistics: narrowed.forStatistics,
    for_partner_contact: narrowed.forPartnerContact,
    partner_names: narrowed.partnerNames,
  });
  return row.id;
}

/** Enrolments move; on a course both were enrolled on, the two enrolments become the kept one. */
async function moveGroupEnrolments(trx: Db, keptId: string, duplicateId: string) {
  const [keptRows, duplicateRows] = await Promise.all([
    listEnrolments(trx, keptId),
    listEnrolments(trx, duplicateId),
  ]);
  const keptByCourse = new Map(keptRows.map((row) => [row.course_id, row]));
  const moving = duplicateRows.filter((row) => !keptByCourse.has(row.course_id)).map((row) => row.id);
  await moveEnrolments(trx, moving, keptId);
  const joined: JoinedEnrolment[] = [];
  for (const row of duplicateRows) {
    const kept = keptByCourse.get(row.course_id);
    if (kept) joined.push(await joinEnrolments(trx, kept, row));
  }
  return { enrolments: moving, joinedEnrolments: joined };
}

/**
 * Merges the duplicate record into the kept one (leader, one transaction, both rows locked): forløb
 * with their goals and contacts, referrals, course enrolments with attendance, volunteering, shares
 * and the genhusning link move over; the kept consent is narrowed to what both allowed; the
 * duplicate leaves every list. What moved is kept by id so the undo moves it back for 30 days.
 */
export async function mergeParticipants(
  db: Db,
  ctx: RequestContext,
  steps: MergeSteps,
  keptId: string,
  input: MergeInput,
) {
  const planId = ctx.actor.plan.id;
  await withTransaction(db, ctx, async (trx) => {
    await passQuarterLock(trx);
    const { kept, duplicate } = await lockBoth(trx, ctx, keptId, input.duplicateId);
    const merge = await insertMerge(trx, {
      plan_id: planId,
      kept_participant_id: kept.id,
      merged_participant_id: duplicate.id,
      reason: input.reason,
      merged_by: ctx.actor.userId,
    });
    const consentId = await narrowKeptConsent(trx, ctx, kept.id, duplicate.id, merge.id);
    const moved: MergeMoves = {
      cases: await moveAll(trx, 'support_case', duplicate.id, kept.id),
      referrals: await moveAll(trx, 'referral', duplicate.id, kept.id),
      ...(await moveGroupEnrolments(trx, kept.id, duplicate.id)),
      volunteering: await moveAll(trx, 'volunteer', duplicate.id, kept.id),
      shares: await moveShares(trx, duplicate.id, kept.id),
      households: await steps.households.move(trx, duplicate.id, kept.id),
      consentId,
    };
    await saveMoves(trx, merge.id, moved);
    await setMergedInto(trx, duplicate.id, kept.id);
    // Ids, not names: the audit log holds no personal values. One event on each record's history.
    const details = fill(da.merge.auditDetails.merged, {
      merged: duplicate.id,
      kept: kept.id,
      cases: String(moved.cases.length),
      referrals: String(moved.referrals.length),
      enrolments: String(moved.enrolments.length + moved.joinedEnrolments.length),
      volunteering: String(moved.volunteering.length),
    });
    await insertAuditEvents(
      trx,
      [kept.id, duplicate.id].map((entityId) =>
        eventBy(ctx.who, planId, { action: 'merge', entityType: 'participant', entityId, details }),
      ),
    );
  });
  return mergesOf(db, ctx, keptId);
}
