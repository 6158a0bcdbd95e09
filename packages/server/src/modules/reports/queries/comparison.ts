import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import type { PlanLine } from './scope.ts';

// The comparison's SQL: which plans have shared their fixed indicators with a plan, and a plan's
// shares. (Which indicators are fixed comes with the annual report's indicator lines.)

/** The plans that let the users of `viewerPlanId` see their fixed indicators, by name. */
export async function listPlansSharedWith(db: Db, viewerPlanId: string): Promise<PlanLine[]> {
  const result = await sql<PlanLine>`
    select p.id, p.slug, p.name
      from comparison_share s
      join plan p on p.id = s.plan_id
     where s.shared_with_plan_id = ${viewerPlanId}::uuid
     order by p.name, p.id`.execute(db);
  return result.rows;
}

export interface ShareTargetLine {
  id: string;
  name: string;
  shared: boolean;
}

/** Every other plan of the installation, and whether `planId` shares with it. */
export async function listShareTargets(db: Db, planId: string): Promise<ShareTargetLine[]> {
  const result = await sql<ShareTargetLine>`
    select p.id, p.name, (s.id is not null) as shared
      from plan p
      left join comparison_share s on s.plan_id = ${planId}::uuid and s.shared_with_plan_id = p.id
     where p.id <> ${planId}::uuid
     order by p.name, p.id`.execute(db);
  return result.rows;
}

/** Makes `planId` share with exactly `planIds` (in the caller's transaction). */
export async function replaceShares(
  db: Db,
  planId: string,
  planIds: string[],
  userId: string,
): Promise<void> {
  await sql`
    delete from comparison_share
     where plan_id = ${planId}::uuid and not (shared_with_plan_id = any(${planIds}::uuid[]))`.execute(db);
  if (planIds.length === 0) return;
  await sql`
    insert into comparison_share (plan_id, shared_with_plan_id, shared_by)
    select ${planId}::uuid, target, ${userId}::uuid from unnest(${planIds}::uuid[]) as target
    on conflict (plan_id, shared_with_plan_id) do nothing`.execute(db);
}
