import { todayInDenmark } from '@helhed/core';
import { expect } from 'vitest';
import type { Session, TestApp } from '../../../../test/build-test-app.ts';
import { call } from '../../../../test/registration-setup.ts';

export { addMember, call } from '../../../../test/registration-setup.ts';

/** A day relative to today in Denmark, as YYYY-MM-DD. */
export function plusDays(days: number, from = todayInDenmark()): string {
  const date = new Date(`${from}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Two delaftaler of the seeded plan, the first with one of its own activities and one of another's. */
export async function planRefs(t: TestApp) {
  const subAgreements = await t.db
    .selectFrom('plan_sub_agreement as sa')
    .innerJoin('plan_focus_area as fa', 'fa.id', 'sa.focus_area_id')
    .select(['sa.id', 'sa.name', 'sa.focus_area_id'])
    .where('sa.plan_id', '=', t.planId)
    .orderBy('fa.position')
    .execute();
  const [first, second] = subAgreements;
  if (!first || !second) throw new Error('the seeded plan has fewer than two delaftaler');
  const activityOf = async (focusAreaId: string) =>
    (await t.db
      .selectFrom('plan_activity')
      .select(['id', 'name'])
      .where('plan_id', '=', t.planId)
      .where('focus_area_id', '=', focusAreaId)
      .orderBy('position')
      .executeTakeFirstOrThrow()) as { id: string; name: string };
  return {
    subAgreement: first,
    otherSubAgreement: second,
    activity: await activityOf(first.focus_area_id),
    otherActivity: await activityOf(second.focus_area_id),
  };
}

/** Adds a milestone through the API as the given editor; returns its view. */
export async function addMilestone(
  t: TestApp,
  session: Session,
  body: { subAgreementId: string; responsibleUserId: string } & Record<string, unknown>,
) {
  const response = await call(t, session, 'POST', '/api/v1/milestones', {
    clientKey: crypto.randomUUID(),
    dueOn: plusDays(30),
    text: 'Styregruppen har godkendt årsplanen',
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; status: string; lateReason: string | null; dueOn: string };
}
