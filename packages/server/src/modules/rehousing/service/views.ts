import type { RequestContext } from '../../../platform/access/request-context.ts';
import { listAccessLog } from '../../../platform/audit/queries.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { listTeams } from '../../registration/index.ts';
import { listEventsOfHousehold, toDomain } from '../queries/events.ts';
import { listFollowupsOfHousehold } from '../queries/followups.ts';
import { findHousehold } from '../queries/households.ts';
import { listLettersOfHousehold } from '../queries/letters.ts';
import { effectiveEvents, statusAsOf } from './domain/status.ts';
import { presentEvent, presentFollowup, presentHousehold } from './presenters.ts';

/** The names of the plan's teams (registration's), for the households shown. */
async function teamNames(db: Db, planId: string): Promise<(teamId: string) => string> {
  const names = new Map((await listTeams(db, planId)).map((team) => [team.id, team.name]));
  return (teamId) => names.get(teamId) ?? '';
}

/** One household with its full history (voided events marked), letters and follow-up. */
export async function householdDetail(db: Db, ctx: RequestContext, id: string) {
  const planId = ctx.actor.plan.id;
  const row = await findHousehold(db, ctx.actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  const events = await listEventsOfHousehold(db, planId, id);
  const domain = events.map(toDomain);
  const effective = new Set(effectiveEvents(domain).map((e) => e.id));
  const status = statusAsOf(domain, '9999-12-31').get(id) ?? null;
  const [letters, followups, teamName] = await Promise.all([
    listLettersOfHousehold(db, id),
    listFollowupsOfHousehold(db, id),
    teamNames(db, planId),
  ]);
  return {
    household: presentHousehold(ctx, row, teamName(row.team_id), status),
    events: events.map((event) => presentEvent(event, event.type !== 'voided' && !effective.has(event.id))),
    letters: letters.map((l) => ({
      id: l.id,
      offerId: l.offer_event_id,
      method: l.method,
      sentTo: l.sent_to,
      createdAt: l.created_at.toISOString(),
    })),
    followups: followups.map(presentFollowup),
  };
}

/** Art. 15: everything held about one household, with the log of who read or changed it. */
export async function exportHousehold(db: Db, ctx: RequestContext, id: string) {
  const detail = await householdDetail(db, ctx, id);
  const log = await listAccessLog(db, ctx.actor.plan.id, [{ type: 'rehousing_household', ids: [id] }]);
  return {
    exportedAt: new Date().toISOString(),
    ...detail,
    accessLog: log.map((row) => ({
      occurredAt: row.occurred_at.toISOString(),
      action: row.action,
      entityType: row.entity_type,
      purpose: row.purpose,
    })),
  };
}
