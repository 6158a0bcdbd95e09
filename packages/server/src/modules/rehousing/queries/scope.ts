import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { SessionActor } from '../../../platform/access/request-context.ts';
import type { Database } from '../../../platform/db/database.ts';

/**
 * The one row rule of genhusning, the same model as registration's: a leader sees the plan's
 * households; a worker those of the own team (the genhusning team, of which the brobygger is a
 * member) and those they are responsible for; every other role nothing. A household outside the
 * scope is answered as not found (404), so its existence is never revealed.
 */
export function scopeHouseholds(actor: SessionActor) {
  return (eb: ExpressionBuilder<Database, 'rehousing_household'>): Expression<SqlBool> => {
    const inPlan = eb('rehousing_household.plan_id', '=', actor.plan.id);
    if (actor.role === 'leader') return inPlan;
    if (actor.role !== 'worker') return eb.lit(false);
    const ownTeam = eb
      .selectFrom('app_user')
      .select('app_user.team_id')
      .where('app_user.id', '=', actor.userId)
      .where('app_user.plan_id', '=', actor.plan.id);
    return eb.and([
      inPlan,
      eb.or([
        eb('rehousing_household.team_id', '=', ownTeam),
        eb('rehousing_household.responsible_user_id', '=', actor.userId),
      ]),
    ]);
  };
}
