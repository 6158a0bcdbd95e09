import { sql } from 'kysely';
import type { Paging } from '../../../platform/contract/paging.ts';
import type { Db } from '../../../platform/db/database.ts';
import { direction, fetchPage } from '../../../platform/db/paging.ts';

const INCIDENT_COLUMNS = [
  'id',
  'level',
  'category',
  'description',
  'location',
  'area_slug',
  'occurred_at',
  'raised_by_label',
  'status',
  'activated_at',
  'closed_at',
  'created_at',
] as const;

export type IncidentRow = NonNullable<Awaited<ReturnType<typeof findIncident>>>;

export function findIncident(db: Db, planId: string, id: string) {
  return db
    .selectFrom('incident')
    .select(INCIDENT_COLUMNS)
    .where('plan_id', '=', planId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The incident row locked for the rest of the transaction, so status changes do not race. */
export function lockIncident(db: Db, planId: string, id: string) {
  return db
    .selectFrom('incident')
    .select(INCIDENT_COLUMNS)
    .where('plan_id', '=', planId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function findIncidentByClientKey(db: Db, planId: string, clientKey: string) {
  return db
    .selectFrom('incident')
    .select(INCIDENT_COLUMNS)
    .where('plan_id', '=', planId)
    .where('client_key', '=', clientKey)
    .executeTakeFirst();
}

/** One page of the plan's real incidents (not prøvealarmer), newest first unless asked otherwise. */
export function listIncidents(db: Db, planId: string, paging: Paging<'created'>) {
  return fetchPage(
    db,
    db
      .selectFrom('incident')
      .select(INCIDENT_COLUMNS)
      .where('plan_id', '=', planId)
      .where('kind', '=', 'real')
      .orderBy('created_at', direction(paging.dir))
      .orderBy('id'),
    paging,
  );
}

export function insertIncident(
  db: Db,
  v: {
    planId: string;
    clientKey: string;
    level: string;
    category: string;
    description: string;
    location: string;
    areaSlug: string | null;
    occurredAt: Date;
    raisedById: string | null;
    raisedByLabel: string;
  },
) {
  return db
    .insertInto('incident')
    .values({
      plan_id: v.planId,
      client_key: v.clientKey,
      level: v.level,
      category: v.category,
      description: v.description,
      location: v.location,
      area_slug: v.areaSlug,
      occurred_at: v.occurredAt,
      raised_by_id: v.raisedById,
      raised_by_label: v.raisedByLabel,
    })
    .onConflict((oc) => oc.constraint('incident_client_key').doNothing())
    .returning(INCIDENT_COLUMNS)
    .executeTakeFirst();
}

export function setIncidentStatus(db: Db, planId: string, id: string, status: 'activated' | 'closed') {
  return db
    .updateTable('incident')
    .set(
      status === 'activated'
        ? { status, activated_at: sql<Date>`now()` }
        : { status, closed_at: sql<Date>`now()` },
    )
    .where('plan_id', '=', planId)
    .where('id', '=', id)
    .execute();
}

export function insertLog(
  db: Db,
  v: {
    planId: string;
    incidentId: string;
    kind: 'system' | 'update' | 'decision';
    text: string;
    actorLabel: string;
  },
) {
  return db
    .insertInto('incident_log')
    .values({
      plan_id: v.planId,
      incident_id: v.incidentId,
      kind: v.kind,
      text: v.text,
      actor_label: v.actorLabel,
    })
    .returning(['id', 'kind', 'text', 'actor_label', 'created_at'])
    .executeTakeFirstOrThrow();
}

export function listLog(db: Db, planId: string, incidentId: string) {
  return db
    .selectFrom('incident_log')
    .select(['id', 'kind', 'text', 'actor_label', 'created_at'])
    .where('plan_id', '=', planId)
    .where('incident_id', '=', incidentId)
    .orderBy('id')
    .execute();
}

/** A cheap fingerprint of everything the live page shows; the SSE stream pushes when it changes. */
export async function incidentVersion(db: Db, planId: string, incidentId: string): Promise<string> {
  const result = await sql<{ version: string }>`
    select concat_ws(':',
      (select coalesce(max(id), 0) from incident_log where plan_id = ${planId} and incident_id = ${incidentId}),
      (select count(*) || '/' || count(acknowledged_at) || '/' || count(escalated_at)
         from alert where plan_id = ${planId} and incident_id = ${incidentId}),
      (select count(*) filter (where status <> 'queued') from outbound_message
         where plan_id = ${planId} and incident_id = ${incidentId}),
      (select status from incident where plan_id = ${planId} and id = ${incidentId})) as version`.execute(db);
  return result.rows[0]?.version ?? '';
}

export function insertMeeting(
  db: Db,
  v: { planId: string; incidentId: string; startsAt: Date; url: string; convenedByLabel: string },
) {
  return db
    .insertInto('crisis_meeting')
    .values({
      plan_id: v.planId,
      incident_id: v.incidentId,
      starts_at: v.startsAt,
      meeting_url: v.url,
      convened_by_label: v.convenedByLabel,
    })
    .returning(['id', 'starts_at', 'meeting_url', 'convened_by_label', 'created_at'])
    .executeTakeFirstOrThrow();
}

export function listMeetings(db: Db, planId: string, incidentId: string) {
  return db
    .selectFrom('crisis_meeting')
    .select(['id', 'starts_at', 'meeting_url', 'convened_by_label', 'created_at'])
    .where('plan_id', '=', planId)
    .where('incident_id', '=', incidentId)
    .orderBy('created_at')
    .execute();
}

export function findMeeting(db: Db, planId: string, incidentId: string, meetingId: string) {
  return db
    .selectFrom('crisis_meeting')
    .select(['id'])
    .where('plan_id', '=', planId)
    .where('incident_id', '=', incidentId)
    .where('id', '=', meetingId)
    .executeTakeFirst();
}

export function upsertAttendance(
  db: Db,
  v: { planId: string; meetingId: string; contactId: string; isPresent: boolean },
) {
  return db
    .insertInto('meeting_attendance')
    .values({ plan_id: v.planId, meeting_id: v.meetingId, contact_id: v.contactId, is_present: v.isPresent })
    .onConflict((oc) =>
      oc
        .columns(['meeting_id', 'contact_id'])
        .doUpdateSet({ is_present: v.isPresent, recorded_at: sql`now()` }),
    )
    .execute();
}

export function listAttendance(db: Db, planId: string, incidentId: string) {
  return db
    .selectFrom('meeting_attendance as a')
    .innerJoin('crisis_meeting as m', 'm.id', 'a.meeting_id')
    .innerJoin('alert_contact as c', 'c.id', 'a.contact_id')
    .select(['a.meeting_id', 'a.contact_id', 'c.full_name', 'a.is_present', 'a.recorded_at'])
    .where('a.plan_id', '=', planId)
    .where('m.incident_id', '=', incidentId)
    .orderBy('c.full_name')
    .execute();
}
