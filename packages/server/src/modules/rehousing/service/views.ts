import type { FastifyRequest } from 'fastify';
import type { SessionActor } from '../../../platform/access/request-context.ts';
import { listAccessLog } from '../../../platform/audit/queries.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { effectiveEvents, statusAsOf } from '../domain/status.ts';
import { presentEvent, presentHousehold } from '../presenters.ts';
import { listEventsOfHousehold, loadDomainEvents, toDomain } from '../queries/events.ts';
import { listFollowupsOfHousehold } from '../queries/followups.ts';
import { findHousehold, listHouseholds } from '../queries/households.ts';
import { listLettersOfHousehold } from '../queries/letters.ts';
import { today } from './events.ts';

export async function householdList(db: Db, request: FastifyRequest, actor: SessionActor, phaseId?: string) {
  const rows = await listHouseholds(db, actor, phaseId);
  const statuses = statusAsOf(await loadDomainEvents(db, actor.plan.id, phaseId), today());
  return rows.map((row) => presentHousehold(request, row, statuses.get(row.id) ?? null));
}

/** One household with its full history (voided events marked), letters and follow-up. */
export async function householdDetail(db: Db, request: FastifyRequest, actor: SessionActor, id: string) {
  const row = await findHousehold(db, actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  const events = await listEventsOfHousehold(db, actor.plan.id, id);
  const domain = events.map(toDomain);
  const effective = new Set(effectiveEvents(domain).map((e) => e.id));
  const status = statusAsOf(domain, '9999-12-31').get(id) ?? null;
  const [letters, followups] = await Promise.all([
    listLettersOfHousehold(db, id),
    listFollowupsOfHousehold(db, id),
  ]);
  return {
    household: presentHousehold(request, row, status),
    events: events.map((event) => presentEvent(event, event.type !== 'voided' && !effective.has(event.id))),
    letters: letters.map((l) => ({
      id: l.id,
      offerId: l.offer_event_id,
      method: l.method,
      sentTo: l.sent_to,
      createdAt: l.created_at.toISOString(),
    })),
    followups: followups.map((f) => ({
      id: f.id,
      kind: f.kind,
      occurredOn: f.occurred_on,
      connection: f.connection,
      note: f.note,
      referralId: f.referral_id,
      recordedBy: f.recorded_by_name,
    })),
  };
}

/** Art. 15: everything held about one household, with the log of who read or changed it. */
export async function exportHousehold(db: Db, request: FastifyRequest, actor: SessionActor, id: string) {
  const detail = await householdDetail(db, request, actor, id);
  const log = await listAccessLog(db, actor.plan.id, [{ type: 'rehousing_household', ids: [id] }]);
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
