import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import { passQuarterLock } from '../../../platform/db/transaction.ts';
import { recordErasure } from '../../../platform/retention/journal.ts';

/**
 * Removes every personal value held about one participant and keeps what counts anonymously: the
 * participant row (so unique participants still count) with its area, the referrals' source, date
 * and activity, the forløb with activity, dates, status and outcome, and the consents as the proof
 * of consent (no name, no contact, no partner names). Free text, goals, contact notes and the corrections of contacts and referrals, and shares go.
 * Audit rows stay; they hold no values.
 */
export async function erasePersonalData(db: Db, participantId: string): Promise<void> {
  // The right to erasure goes through an approved quarter's lock; the report shows the change.
  await passQuarterLock(db);
  const caseIds = db.selectFrom('support_case').select('id').where('participant_id', '=', participantId);
  await db.deleteFrom('support_case_goal').where('case_id', 'in', caseIds).execute();
  await db.deleteFrom('support_case_contact').where('case_id', 'in', caseIds).execute();
  await db.deleteFrom('support_case_contact_revision').where('case_id', 'in', caseIds).execute();
  const referralIds = db.selectFrom('referral').select('id').where('participant_id', '=', participantId);
  await db.deleteFrom('referral_revision').where('referral_id', 'in', referralIds).execute();
  await db
    .updateTable('referral')
    .set({ reason: null, source_other: null })
    .where('participant_id', '=', participantId)
    .where((eb) => eb.or([eb('reason', 'is not', null), eb('source_other', 'is not', null)]))
    .execute();
  // The consent stays as the proof of consent (art. 7(1)): given on, purposes, withdrawn on and by,
  // recorded by (staff). The partner names are free text and go.
  await db
    .updateTable('participant_consent')
    .set({ partner_names: null })
    .where('participant_id', '=', participantId)
    .where('partner_names', 'is not', null)
    .execute();
  await db.deleteFrom('participant_share').where('participant_id', '=', participantId).execute();
  const erased = await db
    .updateTable('participant')
    .set({
      display_name: null,
      birth_year: null,
      gender: null,
      contact: null,
      department_id: null,
      erased_at: sql<Date>`now()`,
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', participantId)
    .where('erased_at', 'is', null)
    .returning('plan_id')
    .executeTakeFirst();
  // The journal outlives backups: a restore re-applies this erasure (decision 0022).
  if (erased) await recordErasure(db, erased.plan_id, 'participant', participantId);
  // The same person's other records merged into this one go with it, and the merges' reasons.
  await db
    .updateTable('participant_merge')
    .set({ reason: null })
    .where('kept_participant_id', '=', participantId)
    .where('reason', 'is not', null)
    .execute();
  const merged = await db
    .selectFrom('participant')
    .select('id')
    .where('merged_into_id', '=', participantId)
    .execute();
  for (const row of merged) await erasePersonalData(db, row.id);
}

/** Records merged away more than the undo window ago and still named: their undo is over. */
export function listMergedDueForErasure(db: Db) {
  return sql<{ id: string; plan_id: string }>`
    select p.id, p.plan_id from participant p
    where p.erased_at is null and p.merged_into_id is not null
      and exists (select 1 from participant_merge m
                  where m.merged_participant_id = p.id and m.undone_at is null
                    and m.merged_at + interval '30 days' <= now())`
    .execute(db)
    .then((result) => result.rows);
}

/**
 * Participants whose personal data is due for deletion: not erased, nothing still running (an open
 * forløb, an active volunteer period, a group course without an end date), and the last of their
 * forløb, volunteering and courses ended (or, with none, the registration happened) before the
 * cut-off day.
 */
export function listDueForRetention(db: Db, cutoff: string) {
  return sql<{ id: string; plan_id: string }>`
    select p.id, p.plan_id from participant p
    where p.erased_at is null
      and not exists (select 1 from support_case c where c.participant_id = p.id and c.ended_on is null)
      and not exists (select 1 from volunteer v where v.participant_id = p.id and v.ended_on is null)
      and not exists (select 1 from group_enrolment e join group_course g on g.id = e.course_id
                      where e.participant_id = p.id and g.ends_on is null)
      and coalesce(greatest(
            (select max(c.ended_on) from support_case c where c.participant_id = p.id),
            (select max(v.ended_on) from volunteer v where v.participant_id = p.id),
            (select max(g.ends_on) from group_enrolment e join group_course g on g.id = e.course_id
              where e.participant_id = p.id)
          ), (p.created_at at time zone 'Europe/Copenhagen')::date) < ${cutoff}::date`
    .execute(db)
    .then((result) => result.rows);
}
