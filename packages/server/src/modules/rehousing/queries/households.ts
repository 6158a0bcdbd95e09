import type { Insertable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { SessionActor } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { containsFolded } from '../../../platform/db/search.ts';
import { recordErasure } from '../../../platform/retention/journal.ts';
import type { RehousingHouseholdTable } from '../tables.ts';
import { scopeHouseholds } from './scope.ts';

// Households with their phase and responsible worker; every read goes through the scope.
function householdQuery(db: Db, actor: SessionActor) {
  return db
    .selectFrom('rehousing_household')
    .innerJoin('rehousing_phase', 'rehousing_phase.id', 'rehousing_household.phase_id')
    .leftJoin('app_user as responsible', 'responsible.id', 'rehousing_household.responsible_user_id')
    .where(scopeHouseholds(actor))
    .selectAll('rehousing_household')
    .select([
      'rehousing_phase.name as phase_name',
      'rehousing_phase.vacate_on as phase_vacate_on',
      'responsible.display_name as responsible_name',
      'responsible.email as responsible_email',
    ]);
}

export type HouseholdRow = NonNullable<Awaited<ReturnType<typeof findHousehold>>>;

/**
 * Every household in the actor's scope that the phase and the search text match, without a cap: the
 * status comes from the event history, so the service sorts, filters by status and pages. A phase
 * holds the homes of one physical plan, a few thousand at the most.
 */
export function listHouseholds(
  db: Db,
  actor: SessionActor,
  search: { phaseId?: string | undefined; q?: string | undefined },
) {
  let query = householdQuery(db, actor).where('rehousing_household.erased_at', 'is', null);
  if (search.phaseId) query = query.where('rehousing_household.phase_id', '=', search.phaseId);
  const q = search.q?.trim();
  if (q) {
    query = query.where((eb) =>
      eb.or([
        containsFolded(eb.ref('rehousing_household.contact_name'), q),
        containsFolded(eb.ref('rehousing_household.current_address'), q),
      ]),
    );
  }
  return query.execute();
}

export function findHousehold(db: Db, actor: SessionActor, id: string) {
  return householdQuery(db, actor).where('rehousing_household.id', '=', id).executeTakeFirst();
}

/** For writes: the household in scope, locked for the rest of the transaction. */
export function lockHousehold(db: Db, actor: SessionActor, id: string) {
  return db
    .selectFrom('rehousing_household')
    .selectAll('rehousing_household')
    .where(scopeHouseholds(actor))
    .where('rehousing_household.id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function findHouseholdIdByClientKey(db: Db, planId: string, clientKey: string) {
  return db
    .selectFrom('rehousing_household')
    .select(['id', 'contact_name'])
    .where('plan_id', '=', planId)
    .where('client_key', '=', clientKey)
    .executeTakeFirst();
}

export function insertHousehold(db: Db, values: Insertable<RehousingHouseholdTable>) {
  return db
    .insertInto('rehousing_household')
    .values(values)
    .onConflict((oc) => oc.constraint('rehousing_household_client_key').doNothing())
    .returning('id')
    .executeTakeFirst();
}

export function updateHousehold(db: Db, id: string, values: Updateable<RehousingHouseholdTable>) {
  return db
    .updateTable('rehousing_household')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** Erasure: the household stays as an anonymous count in the status table; free text goes. */
export async function erasePersonalData(db: Db, id: string) {
  const household = await db
    .updateTable('rehousing_household')
    .set({
      contact_name: null,
      contact_info: null,
      current_address: null,
      special_needs: null,
      special_needs_consent_on: null,
      wish_areas: null,
      wish_floor: null,
      responsible_user_id: null,
      erased_at: new Date(),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .returning('plan_id')
    .executeTakeFirst();
  // The journal outlives backups: a restore re-applies this erasure (decision 0022).
  if (household) await recordErasure(db, household.plan_id, 'household', id);
  await db
    .updateTable('household_event')
    .set({ reason: null, address: null })
    .where('household_id', '=', id)
    .execute();
  await db.updateTable('rehousing_followup').set({ note: null }).where('household_id', '=', id).execute();
  // The fact that a letter went out stays; the address it went to does not (issue 21).
  await db.updateTable('rehousing_letter').set({ sent_to: null }).where('household_id', '=', id).execute();
}

export function findColleague(db: Db, planId: string, userId: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'display_name', 'email'])
    .where('plan_id', '=', planId)
    .where('id', '=', userId)
    .where('is_active', '=', true)
    .executeTakeFirst();
}

/**
 * Hands every household of one worker that is still in rehousing (not erased, not moved for good or
 * returned) to another (platform/users/handover.ts).
 */
export async function moveOpenHouseholds(db: Db, planId: string, fromUserId: string, toUserId: string) {
  const result = await sql`
    update rehousing_household h set responsible_user_id = ${toUserId}
    where h.plan_id = ${planId} and h.responsible_user_id = ${fromUserId} and h.erased_at is null
      and not exists (select 1 from household_event e
                      where e.household_id = h.id
                        and ((e.type = 'moved' and e.move_kind = 'permanent') or e.type = 'returned')
                        and not exists (select 1 from household_event v
                                        where v.type = 'voided' and v.voids_event_id = e.id))`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** A participant's households, now linked to another record of the same person (a merge). */
export async function relinkHouseholds(db: Db, fromParticipantId: string, toParticipantId: string) {
  const rows = await db
    .updateTable('rehousing_household')
    .set({ participant_id: toParticipantId })
    .where('participant_id', '=', fromParticipantId)
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

/** The households a merge relinked, back to the record they came from (an undone merge). */
export async function relinkHouseholdsBack(db: Db, ids: readonly string[], from: string, to: string) {
  if (ids.length === 0) return;
  await db
    .updateTable('rehousing_household')
    .set({ participant_id: to })
    .where('id', 'in', ids)
    .where('participant_id', '=', from)
    .execute();
}
