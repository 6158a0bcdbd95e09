import type { Db } from '../../../platform/db/database.ts';

export function listReferrals(db: Db, participantIds: readonly string[]) {
  if (participantIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('referral')
    .innerJoin('plan_activity', 'plan_activity.id', 'referral.activity_id')
    .selectAll('referral')
    .select('plan_activity.name as activity_name')
    .where('referral.participant_id', 'in', participantIds)
    .orderBy('referral.referred_on', 'desc')
    .execute();
}

export type ReferralRow = Awaited<ReturnType<typeof listReferrals>>[number];

export function insertReferral(
  db: Db,
  values: {
    plan_id: string;
    client_key: string;
    participant_id: string;
    source: string;
    source_other: string | null;
    referred_on: string;
    reason: string | null;
    activity_id: string;
    decision: string;
    decided_on: string | null;
  },
) {
  return db
    .insertInto('referral')
    .values(values)
    .onConflict((oc) => oc.constraint('referral_client_key').doNothing())
    .returning('id')
    .executeTakeFirst();
}

export function findReferralByClientKey(db: Db, planId: string, clientKey: string) {
  return db
    .selectFrom('referral')
    .select(['id', 'participant_id'])
    .where('plan_id', '=', planId)
    .where('client_key', '=', clientKey)
    .executeTakeFirst();
}

export function findReferral(db: Db, planId: string, id: string) {
  return db
    .selectFrom('referral')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function decideReferral(db: Db, id: string, decision: string, decidedOn: string | null) {
  return db.updateTable('referral').set({ decision, decided_on: decidedOn }).where('id', '=', id).execute();
}
