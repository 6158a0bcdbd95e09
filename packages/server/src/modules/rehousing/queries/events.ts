import type { Insertable } from 'kysely';
import type { SessionActor } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import type { EventType } from '../contract/vocabularies.ts';
import type { HouseholdEvent, MoveKind } from '../service/domain/events.ts';
import type { HouseholdEventTable } from '../tables.ts';
import { scopeHouseholds } from './scope.ts';

// The event history. Reads here are not scoped: callers either pass a household already found in
// scope, or aggregate a phase into counts (the status table) without showing any household.

export type EventRow = Awaited<ReturnType<typeof listEventsOfHousehold>>[number];

export function listEventsOfHousehold(db: Db, planId: string, householdId: string) {
  return db
    .selectFrom('household_event')
    .leftJoin('app_user', 'app_user.id', 'household_event.recorded_by')
    .selectAll('household_event')
    .select('app_user.display_name as recorded_by_name')
    .where('household_event.plan_id', '=', planId)
    .where('household_event.household_id', '=', householdId)
    .orderBy('household_event.occurred_on')
    .orderBy('household_event.seq')
    .execute();
}

/** Every event of the plan (or of one phase), as the pure status functions take them. */
export async function loadDomainEvents(db: Db, planId: string, phaseId?: string | null) {
  let query = db
    .selectFrom('household_event')
    .innerJoin('rehousing_household', 'rehousing_household.id', 'household_event.household_id')
    .select([
      'household_event.id',
      'household_event.household_id',
      'household_event.type',
      'household_event.occurred_on',
      'household_event.seq',
      'household_event.offer_id',
      'household_event.move_kind',
      'household_event.voids_event_id',
    ])
    .where('household_event.plan_id', '=', planId);
  if (phaseId) query = query.where('rehousing_household.phase_id', '=', phaseId);
  return (await query.execute()).map(toDomain);
}

export function toDomain(row: {
  id: string;
  household_id: string;
  type: string;
  occurred_on: string;
  seq: string;
  offer_id: string | null;
  move_kind: string | null;
  voids_event_id: string | null;
}): HouseholdEvent {
  return {
    id: row.id,
    householdId: row.household_id,
    type: row.type as EventType,
    occurredOn: row.occurred_on,
    seq: Number(row.seq),
    offerId: row.offer_id,
    moveKind: row.move_kind as MoveKind | null,
    voidsEventId: row.voids_event_id,
  };
}

export function insertEvent(db: Db, values: Insertable<HouseholdEventTable>) {
  return db
    .insertInto('household_event')
    .values(values)
    .onConflict((oc) => oc.constraint('household_event_client_key').doNothing())
    .returning(['id', 'seq'])
    .executeTakeFirst();
}

export function findEventByClientKey(db: Db, planId: string, clientKey: string) {
  return db
    .selectFrom('household_event')
    .select(['id', 'household_id'])
    .where('plan_id', '=', planId)
    .where('client_key', '=', clientKey)
    .executeTakeFirst();
}

/** Household sizes and phases, for residents counted in progress (no names). */
export function householdFacts(db: Db, planId: string, phaseId?: string | null) {
  let query = db
    .selectFrom('rehousing_household')
    .select(['id', 'phase_id', 'adults', 'children_0_5', 'children_6_17'])
    .where('plan_id', '=', planId);
  if (phaseId) query = query.where('phase_id', '=', phaseId);
  return query.execute();
}

/** Decline reasons of one phase (or the plan) in the actor's scope, for the reasons table. */
export function declineReasons(db: Db, actor: SessionActor, phaseId?: string | null) {
  let query = db
    .selectFrom('household_event')
    .innerJoin('rehousing_household', 'rehousing_household.id', 'household_event.household_id')
    .select(['household_event.id', 'household_event.reason', 'household_event.occurred_on'])
    .where(scopeHouseholds(actor))
    .where('household_event.type', '=', 'offer_declined');
  if (phaseId) query = query.where('rehousing_household.phase_id', '=', phaseId);
  return query.execute();
}
