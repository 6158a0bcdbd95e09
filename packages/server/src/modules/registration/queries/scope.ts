import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { SessionActor } from '../../../platform/access/request-context.ts';
import type { Database } from '../../../platform/db/database.ts';

/**
 * The one row rule of the registration module. A leader sees the plan's participants and forløb; a
 * worker those of the own team, those shared with them by name, and forløb they are responsible
 * for; every other role nothing. Every list and find query of the module filters with these, and a
 * row outside the scope is answered as not found, so its existence is never revealed.
 */
type ScopedTable = 'participant' | 'support_case';

// The subqueries need no columns of the outer table; the builder is narrowed to keep them generic.
type AnyScope = ExpressionBuilder<Database, never>;

function ownTeam(eb: AnyScope, actor: SessionActor) {
  return eb
    .selectFrom('app_user')
    .select('app_user.team_id')
    .where('app_user.id', '=', actor.userId)
    .where('app_user.plan_id', '=', actor.plan.id);
}

function sharedWithActor(
  eb: ExpressionBuilder<Database, ScopedTable>,
  actor: SessionActor,
  participantColumn: 'participant.id' | 'support_case.participant_id',
) {
  return eb.exists(
    eb
      .selectFrom('participant_share')
      .select('participant_share.id')
      .whereRef('participant_share.participant_id', '=', participantColumn)
      .where('participant_share.user_id', '=', actor.userId),
  );
}

/**
 * A record merged into another (participant.merged_into_id) is outside every scope: it leaves every
 * list, search, suggestion and detail (404), and its rows live on under the kept record.
 */
export function scopeParticipants(actor: SessionActor) {
  const scope = scopeParticipantsWithMerged(actor);
  return (eb: ExpressionBuilder<Database, 'participant'>): Expression<SqlBool> =>
    eb.and([scope(eb), eb('participant.merged_into_id', 'is', null)]);
}

/** The same scope with merged-away records: only for a merge and its undo, which lock both. */
export function scopeParticipantsWithMerged(actor: SessionActor) {
  return (eb: ExpressionBuilder<Database, 'participant'>): Expression<SqlBool> => {
    const inPlan = eb('participant.plan_id', '=', actor.plan.id);
    if (actor.role === 'leader') return inPlan;
    if (actor.role !== 'worker') return eb.lit(false);
    return eb.and([
      inPlan,
      eb.or([
        eb('participant.team_id', '=', ownTeam(eb as unknown as AnyScope, actor)),
        sharedWithActor(eb as ExpressionBuilder<Database, ScopedTable>, actor, 'participant.id'),
      ]),
    ]);
  };
}

export function scopeCases(actor: SessionActor) {
  return (eb: ExpressionBuilder<Database, 'support_case'>): Expression<SqlBool> => {
    const inPlan = eb('support_case.plan_id', '=', actor.plan.id);
    if (actor.role === 'leader') return inPlan;
    if (actor.role !== 'worker') return eb.lit(false);
    return eb.and([
      inPlan,
      eb.or([
        eb('support_case.team_id', '=', ownTeam(eb as unknown as AnyScope, actor)),
        eb('support_case.responsible_user_id', '=', actor.userId),
        sharedWithActor(eb as ExpressionBuilder<Database, ScopedTable>, actor, 'support_case.participant_id'),
      ]),
    ]);
  };
}

/** Team-owned records that are not about one person (group courses, tryghed contacts, CKS meetings). */
type TeamTable = 'group_course' | 'safety_contact' | 'cks_meeting' | 'situation_revision';

export function scopeTeamRows<T extends TeamTable>(actor: SessionActor, table: T) {
  return (eb: ExpressionBuilder<Database, T>): Expression<SqlBool> => {
    const e = eb as unknown as ExpressionBuilder<Database, TeamTable>;
    const inPlan = e(`${table}.plan_id` as `${TeamTable}.plan_id`, '=', actor.plan.id);
    if (actor.role === 'leader') return inPlan;
    if (actor.role !== 'worker') return e.lit(false);
    return e.and([
      inPlan,
      e(`${table}.team_id` as `${TeamTable}.team_id`, '=', ownTeam(e as unknown as AnyScope, actor)),
    ]);
  };
}
