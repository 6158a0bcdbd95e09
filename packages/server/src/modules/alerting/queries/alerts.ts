import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';

/** Many alerts in one statement; the returned rows carry contact_id to match them to recipients. */
export function insertAlerts(
  db: Db,
  rows: Array<{
    planId: string;
    incidentId: string;
    contactId: string;
    stage: string;
    reason: 'initial' | 'deputy' | 'next_level';
    escalatedFromId: string | null;
    tokenExpiresAt: Date;
    smsCode?: string | null;
  }>,
) {
  return (
    db
      .insertInto('alert')
      .values(
        rows.map((v) => ({
          plan_id: v.planId,
          incident_id: v.incidentId,
          contact_id: v.contactId,
          stage: v.stage,
          reason: v.reason,
          escalated_from_id: v.escalatedFromId,
          token_expires_at: v.tokenExpiresAt,
          sms_code: v.smsCode ?? null,
        })),
      )
      // A code already held by an unacknowledged alert of the plan: the row is skipped, and retried.
      .onConflict((oc) =>
        oc
          .columns(['plan_id', 'sms_code'])
          .where('sms_code', 'is not', null)
          .where('acknowledged_at', 'is', null)
          .doNothing(),
      )
      .returning(['id', 'contact_id', 'sms_code'])
      .execute()
  );
}

export function listAlerts(db: Db, planId: string, incidentId: string) {
  return db
    .selectFrom('alert as a')
    .innerJoin('alert_contact as c', 'c.id', 'a.contact_id')
    .innerJoin('alert_organisation as o', 'o.id', 'c.organisation_id')
    .select([
      'a.id',
      'a.contact_id',
      'c.full_name',
      'o.name as organisation_name',
      'a.stage',
      'a.reason',
      'a.escalated_from_id',
      'a.acknowledged_at',
      'a.escalated_at',
      'a.created_at',
      sql<string | null>`(select m.status from outbound_message m
        where m.alert_id = a.id and m.channel = 'email' order by m.created_at limit 1)`.as('email_status'),
    ])
    .where('a.plan_id', '=', planId)
    .where('a.incident_id', '=', incidentId)
    .orderBy('a.created_at')
    .execute();
}

/** Contacts alerted in an incident so far (any stage), so that nobody is alerted twice. */
export async function alertedContactIds(db: Db, planId: string, incidentId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('alert')
    .select('contact_id')
    .where('plan_id', '=', planId)
    .where('incident_id', '=', incidentId)
    .execute();
  return new Set(rows.map((r) => r.contact_id));
}

/** Alert, incident, contact and the plan's secret: everything the public acknowledge route needs. */
export function findAlertForAck(db: Db, alertId: string) {
  return db
    .selectFrom('alert as a')
    .innerJoin('incident as i', 'i.id', 'a.incident_id')
    .innerJoin('alert_contact as c', 'c.id', 'a.contact_id')
    .innerJoin('alert_setting as s', 's.plan_id', 'a.plan_id')
    .select([
      'a.id',
      'a.plan_id',
      'a.incident_id',
      'a.acknowledged_at',
      'a.token_expires_at',
      'i.category',
      'i.location',
      'i.status as incident_status',
      'i.level',
      'i.occurred_at',
      'c.full_name',
      's.hmac_secret',
    ])
    .where('a.id', '=', alertId)
    .executeTakeFirst();
}

/** Sets acknowledged_at once; returns nothing when it was set before (the link is single-use). */
export function acknowledgeAlert(db: Db, alertId: string) {
  return db
    .updateTable('alert')
    .set({ acknowledged_at: sql<Date>`now()` })
    .where('id', '=', alertId)
    .where('acknowledged_at', 'is', null)
    .returning(['id', 'acknowledged_at'])
    .executeTakeFirst();
}

/** The alert with its contact's deputy and organisation, locked while the escalation decides. */
export function lockAlertForEscalation(db: Db, alertId: string) {
  return db
    .selectFrom('alert as a')
    .innerJoin('alert_contact as c', 'c.id', 'a.contact_id')
    .innerJoin('incident as i', 'i.id', 'a.incident_id')
    .select([
      'a.id',
      'a.plan_id',
      'a.incident_id',
      'a.contact_id',
      'a.stage',
      'a.reason',
      'a.acknowledged_at',
      'a.escalated_at',
      'c.full_name',
      'c.deputy_id',
      'c.organisation_id',
      'i.status as incident_status',
      'i.kind as incident_kind',
    ])
    .where('a.id', '=', alertId)
    .forUpdate('a')
    .executeTakeFirst();
}

export function markEscalated(db: Db, alertId: string) {
  return db.updateTable('alert').set({ escalated_at: sql<Date>`now()` }).where('id', '=', alertId).execute();
}
