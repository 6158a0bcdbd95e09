import type { RequestContext } from '../access/request-context.ts';
import type { Db } from '../db/database.ts';
import { withTransaction } from '../db/transaction.ts';
import { AppError } from '../http/errors.ts';
import { countTeamsOfPlan, listMappingsOfPlan, type MappingRow, replaceMappingsOfPlan } from './queries.ts';

/** The plan's group table; the table is about the organisation's groups, not about people. */
export async function listGroupMappings(db: Db, ctx: RequestContext) {
  const rows = await listMappingsOfPlan(db, ctx.actor.plan.id);
  return rows.map((r) => ({
    id: r.id,
    provider: r.provider,
    groupName: r.group_name,
    role: r.role,
    teamId: r.team_id,
    teamName: r.team_name,
  }));
}

/**
 * Replaces the plan's whole group table in one transaction: a group twice for one provider, or a
 * team of another plan, and nothing changes. The audit trigger records every row removed and added.
 */
export async function replaceGroupMappings(db: Db, ctx: RequestContext, rows: readonly MappingRow[]) {
  const planId = ctx.actor.plan.id;
  const keys = new Set(rows.map((r) => `${r.provider}\u0000${r.groupName}`));
  if (keys.size !== rows.length) throw new AppError('MAPPING_DUPLICATE');
  const teamIds = [...new Set(rows.flatMap((r) => (r.teamId ? [r.teamId] : [])))];
  await withTransaction(db, ctx, async (trx) => {
    if ((await countTeamsOfPlan(trx, planId, teamIds)) !== teamIds.length) throw new AppError('MAPPING_TEAM');
    await replaceMappingsOfPlan(trx, planId, rows);
  });
  return listGroupMappings(db, ctx);
}
