import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { escapeLike } from '../db/search.ts';
import type { ActorContext } from '../db/transaction.ts';

export type AuditAction =
  | 'read'
  | 'create'
  | 'update'
  | 'delete'
  | 'sign-in'
  | 'sign-in-failed'
  | 'sign-out'
  | 'export'
  | 'merge'
  | 'merge-undo'
  | AccountAuditAction
  | SecondFactorAuditAction;

/** The second factor's steps (migration 0022, decision 0027). */
export type SecondFactorAuditAction =
  | 'second-factor-verified'
  | 'second-factor-failed'
  | 'second-factor-enabled'
  | 'second-factor-removed'
  | 'second-factor-reset'
  | 'recovery-codes-renewed';

/** Account lifecycle steps (migration 0008-accounts). */
export type AccountAuditAction =
  | 'deactivate'
  | 'reactivate'
  | 'role-change'
  | 'team-change'
  | 'password-reset'
  | 'session-end'
  | 'handover';

export interface AuditEventInput {
  planId: string | null;
  actorId: string | null;
  actorLabel: string;
  action: AuditAction;
  entityType: string;
  entityId: string | null;
  ipAddress: string | null;
  requestId: string | null;
  purpose?: string | null;
  details?: string | null;
}

/** A named event (sign-out, a lifecycle step, a handover) written by whoever acts. */
export function eventBy(
  who: ActorContext,
  planId: string | null,
  event: Pick<AuditEventInput, 'action' | 'entityType' | 'entityId' | 'details'>,
): AuditEventInput {
  return {
    planId,
    actorId: who.actorId,
    actorLabel: who.actorLabel,
    ipAddress: who.ip,
    requestId: who.requestId,
    ...event,
  };
}

/** Ten values an event; PostgreSQL takes at most 65,535 in one statement, so large trails go in parts. */
const EVENTS_PER_STATEMENT = 1000;

export async function insertAuditEvents(db: Db, events: readonly AuditEventInput[]): Promise<void> {
  for (let start = 0; start < events.length; start += EVENTS_PER_STATEMENT) {
    await db
      .insertInto('audit_event')
      .values(
        events.slice(start, start + EVENTS_PER_STATEMENT).map((e) => ({
          plan_id: e.planId,
          actor_id: e.actorId,
          actor_label: e.actorLabel,
          action: e.action,
          entity_type: e.entityType,
          entity_id: e.entityId,
          ip_address: e.ipAddress,
          request_id: e.requestId,
          purpose: e.purpose ?? null,
          details: e.details ?? null,
        })),
      )
      .execute();
  }
}

export interface AuditSearch {
  planId: string;
  actor?: string | undefined;
  action?: string | undefined;
  entityType?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
}

/** Events of one plan, newest first; dates are whole Danish calendar days. */
export async function listAuditEvents(db: Db, search: AuditSearch) {
  let query = db.selectFrom('audit_event').where('plan_id', '=', search.planId);
  if (search.actor) query = query.where('actor_label', 'ilike', `%${escapeLike(search.actor)}%`);
  if (search.action) query = query.where('action', '=', search.action);
  if (search.entityType) query = query.where('entity_type', '=', search.entityType);
  if (search.from) {
    query = query.where(
      'occurred_at',
      '>=',
      sql<Date>`(${search.from}::date)::timestamp at time zone 'Europe/Copenhagen'`,
    );
  }
  if (search.to) {
    query = query.where(
      'occurred_at',
      '<',
      sql<Date>`(${search.to}::date + 1)::timestamp at time zone 'Europe/Copenhagen'`,
    );
  }
  const [rows, total] = await Promise.all([
    query
      .select([
        'id',
        'occurred_at',
        'actor_id',
        'actor_label',
        'action',
        'entity_type',
        'entity_id',
        'ip_address',
        'purpose',
        'details',
      ])
      .orderBy('occurred_at', 'desc')
      .orderBy('id', 'desc')
      .limit(search.limit)
      .offset(search.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<string>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.count) };
}

/**
 * The audit log entries about one person's records (GDPR art. 15, C-579/21): a participant with
 * their consents, referrals and forløb, or a household: when, what kind
 * of use and for which purpose. The employee's name is left out, as Datatilsynet allows.
 */
export function listAccessLog(
  db: Db,
  planId: string,
  entities: ReadonlyArray<{ type: string; ids: readonly string[] }>,
) {
  const wanted = entities.filter((e) => e.ids.length > 0);
  return db
    .selectFrom('audit_event')
    .select(['occurred_at', 'action', 'entity_type', 'purpose'])
    .where('plan_id', '=', planId)
    .where((eb) =>
      eb.or(
        wanted.map((e) => eb.and([eb('entity_type', '=', e.type), eb('entity_id', 'in', e.ids as string[])])),
      ),
    )
    .orderBy('occurred_at')
    .orderBy('id')
    .execute();
}
