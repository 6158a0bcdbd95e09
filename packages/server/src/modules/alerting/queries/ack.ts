import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';

/**
 * The unacknowledged, unexpired alerts of open incidents that carry this SMS code, locked: across
 * plans, because an inbound SMS names no plan (within a plan the code is unique).
 */
export function lockOpenAlertsByCode(db: Db, code: string) {
  return db
    .selectFrom('alert as a')
    .innerJoin('incident as i', 'i.id', 'a.incident_id')
    .innerJoin('alert_contact as c', 'c.id', 'a.contact_id')
    .select(['a.id', 'a.plan_id', 'a.incident_id', 'c.full_name', 'c.phone', 'i.category', 'i.location'])
    .where('a.sms_code', '=', code)
    .where('a.acknowledged_at', 'is', null)
    .where('a.token_expires_at', '>', sql<Date>`now()`)
    .where('i.status', '<>', 'closed')
    .forUpdate('a')
    .execute();
}

/**
 * Remembers an inbound request's signature; false when it was seen before (a replay). Signatures
 * older than an hour are forgotten: the timestamp check refuses those requests anyway.
 */
export async function recordInboundSignature(db: Db, signature: Buffer): Promise<boolean> {
  await db
    .deleteFrom('sms_inbound_receipt')
    .where('received_at', '<', sql<Date>`now() - interval '1 hour'`)
    .execute();
  const row = await db
    .insertInto('sms_inbound_receipt')
    .values({ signature })
    .onConflict((oc) => oc.column('signature').doNothing())
    .returning('signature')
    .executeTakeFirst();
  return row !== undefined;
}

/** The active FU member with this e-mail, with the time they joined the FU list. */
export function findFuMemberByEmail(db: Db, planId: string, email: string) {
  return db
    .selectFrom('alert_contact')
    .select(['id', 'full_name', 'listed_since'])
    .where('plan_id', '=', planId)
    .where('contact_group', '=', 'ssp_fu')
    .where('is_active', '=', true)
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
}

/** The plan's incidents that are not closed: where a change to the alert list is logged. */
export async function openIncidentIds(db: Db, planId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('incident')
    .select('id')
    .where('plan_id', '=', planId)
    .where('status', '<>', 'closed')
    .execute();
  return rows.map((r) => r.id);
}

/** A shift with its chief's name, read before it is removed so the log can say which one. */
export function findShift(db: Db, planId: string, id: string) {
  return db
    .selectFrom('oncall_shift as s')
    .innerJoin('alert_contact as c', 'c.id', 's.contact_id')
    .select(['s.id', 'c.full_name', 's.starts_at', 's.ends_at'])
    .where('s.plan_id', '=', planId)
    .where('s.id', '=', id)
    .executeTakeFirst();
}
