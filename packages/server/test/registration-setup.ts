import type { Role } from '@helhed/core';
import type { Kysely } from 'kysely';
import type { Database } from '../src/platform/db/database.ts';
import { systemActor, withTransaction } from '../src/platform/db/transaction.ts';
import { addUser, as, type Session, signIn, type TestApp } from './build-test-app.ts';

export async function addTeam(db: Kysely<Database>, planId: string, name: string): Promise<string> {
  const row = await withTransaction(db, systemActor('test', planId), (trx) =>
    trx.insertInto('team').values({ plan_id: planId, name }).returning('id').executeTakeFirstOrThrow(),
  );
  return row.id;
}

/** A signed-in user of the given role, in a team when one is given. */
export async function addMember(
  t: TestApp,
  role: Role,
  email: string,
  teamId: string | null,
): Promise<{ id: string; session: Session }> {
  const user = await addUser(t.db, t.planId, role, email);
  if (teamId) {
    await withTransaction(t.db, systemActor('test', t.planId), (trx) =>
      trx.updateTable('app_user').set({ team_id: teamId }).where('id', '=', user.id).execute(),
    );
  }
  return { id: user.id, session: await signIn(t.app, email) };
}

export async function planRefs(t: TestApp) {
  const area = await t.db
    .selectFrom('plan_area')
    .select('id')
    .where('plan_id', '=', t.planId)
    .orderBy('position')
    .executeTakeFirstOrThrow();
  const department = await t.db
    .selectFrom('plan_department')
    .select('id')
    .where('area_id', '=', area.id)
    .executeTakeFirst();
  return {
    areaId: area.id,
    departmentId: department?.id ?? null,
    activityId: await planActivityId(t, 'uddannelses-og-beskaeftigelsesmentor-for-jobparate'),
    /** Bydelsløftere for kvinder: a course activity with the plan's own seven sessions. */
    courseActivityId: await planActivityId(t, 'bydelsloeftere-for-kvinder'),
  };
}

/** The id of one of the seeded plan's activities, by its slug. */
async function planActivityId(t: TestApp, slug: string): Promise<string> {
  const activity = await t.db
    .selectFrom('plan_activity')
    .select('id')
    .where('plan_id', '=', t.planId)
    .where('slug', '=', slug)
    .executeTakeFirstOrThrow();
  return activity.id;
}

export function call(
  t: TestApp,
  session: Session | null,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  payload?: unknown,
) {
  return t.app.inject({
    method,
    url,
    headers: session ? as(session, method) : {},
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

export function participantBody(refs: { areaId: string; departmentId: string | null }, name = 'Amina H.') {
  return {
    clientKey: crypto.randomUUID(),
    displayName: name,
    birthYear: 1994,
    gender: 'female',
    areaId: refs.areaId,
    departmentId: refs.departmentId,
    contact: 'tlf. 20 30 40 50',
    consent: {
      givenOn: '2026-11-02',
      forRegistration: true,
      forStatistics: true,
      forPartnerContact: true,
      partnerNames: 'Jobcenter Odense',
    },
  };
}
