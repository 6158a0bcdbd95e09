import type { Db } from '../../../platform/db/database.ts';
import type { ReferralValues } from '../tables.ts';

// The corrections of referrals' source and text, with the values before and after.

export function updateReferralText(db: Db, referralId: string, values: ReferralValues) {
  return db
    .updateTable('referral')
    .set({ source: values.source, source_other: values.sourceOther, reason: values.text })
    .where('id', '=', referralId)
    .execute();
}

export function insertReferralRevision(
  db: Db,
  values: {
    plan_id: string;
    referral_id: string;
    reason: string;
    before: ReferralValues;
    after: ReferralValues;
    changed_by: string;
  },
) {
  return db
    .insertInto('referral_revision')
    .values({ ...values, before: JSON.stringify(values.before), after: JSON.stringify(values.after) })
    .execute();
}

/** The referrals' corrections, newest first, with who made them. */
export function listReferralRevisions(db: Db, referralIds: readonly string[]) {
  if (referralIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('referral_revision as r')
    .leftJoin('app_user', 'app_user.id', 'r.changed_by')
    .selectAll('r')
    .select('app_user.display_name as changed_by_name')
    .where('r.referral_id', 'in', referralIds)
    .orderBy('r.changed_at', 'desc')
    .orderBy('r.id')
    .execute();
}
