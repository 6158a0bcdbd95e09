import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { AppError } from '../../../platform/http/errors.ts';
import {
  findTeamByClientKey,
  insertTeam,
  listActivities,
  listAreasWithDepartments,
  listColleagues,
  listTeams,
  teamOfUser,
} from '../queries/lookups.ts';

export async function teamList(db: Db, ctx: RequestContext) {
  return { teams: await listTeams(db, ctx.actor.plan.id) };
}

/** A new team of the plan; idempotent on clientKey (the same key with another name is a conflict). */
export async function createTeam(db: Db, ctx: RequestContext, input: { clientKey: string; name: string }) {
  const planId = ctx.actor.plan.id;
  try {
    return await withTransaction(db, ctx, async (trx) => {
      const inserted = await insertTeam(trx, planId, input.clientKey, input.name);
      if (inserted) return { isReplay: false, view: inserted };
      const earlier = await findTeamByClientKey(trx, planId, input.clientKey);
      if (!earlier || earlier.name !== input.name) throw new AppError('CONFLICT');
      return { isReplay: true, view: earlier };
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw new AppError('CONFLICT');
    throw error;
  }
}

/** What the registration forms choose from: areas with afdelinger, activities, teams, colleagues. */
export async function registrationOptions(db: Db, ctx: RequestContext) {
  const { actor } = ctx;
  const planId = actor.plan.id;
  const [[areas, departments], activities, teams, colleagues, myTeamId] = await Promise.all([
    listAreasWithDepartments(db, planId),
    listActivities(db, planId),
    listTeams(db, planId),
    listColleagues(db, planId),
    teamOfUser(db, actor.userId),
  ]);
  return {
    areas: areas.map((a) => ({
      ...a,
      departments: departments.filter((d) => d.area_id === a.id).map((d) => ({ id: d.id, name: d.name })),
    })),
    activities,
    teams,
    colleagues: colleagues.map((c) => ({ id: c.id, displayName: c.display_name, teamId: c.team_id })),
    myTeamId,
    myUserId: actor.userId,
  };
}
