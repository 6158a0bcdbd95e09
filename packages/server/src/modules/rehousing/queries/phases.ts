import type { Insertable } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import type { RehousingPhaseTable } from '../tables.ts';

export function listPhases(db: Db, planId: string) {
  return db
    .selectFrom('rehousing_phase')
    .leftJoin('plan_area', 'plan_area.id', 'rehousing_phase.area_id')
    .leftJoin('plan_department', 'plan_department.id', 'rehousing_phase.department_id')
    .selectAll('rehousing_phase')
    .select(['plan_area.name as area_name', 'plan_department.name as department_name'])
    .where('rehousing_phase.plan_id', '=', planId)
    .orderBy('rehousing_phase.vacate_on')
    .orderBy('rehousing_phase.name')
    .execute();
}

export type PhaseRow = Awaited<ReturnType<typeof listPhases>>[number];

export function findPhase(db: Db, planId: string, id: string) {
  return db
    .selectFrom('rehousing_phase')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** A phase by id or by exact name (the CLI takes either). */
export function findPhaseByIdOrName(db: Db, planId: string, key: string) {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(key);
  return db
    .selectFrom('rehousing_phase')
    .selectAll()
    .where('plan_id', '=', planId)
    .where((eb) => (isUuid ? eb.or([eb('id', '=', key), eb('name', '=', key)]) : eb('name', '=', key)))
    .executeTakeFirst();
}

export function insertPhase(db: Db, values: Insertable<RehousingPhaseTable>) {
  return db
    .insertInto('rehousing_phase')
    .values(values)
    .onConflict((oc) => oc.constraint('rehousing_phase_client_key').doNothing())
    .returning('id')
    .executeTakeFirst();
}

export function findPhaseByName(db: Db, planId: string, name: string) {
  return db
    .selectFrom('rehousing_phase')
    .select('id')
    .where('plan_id', '=', planId)
    .where('name', '=', name)
    .executeTakeFirst();
}
