import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';

// The SQL of the alive checks: the worker's heartbeat, each channel's last success and failure,
// the weekly prøvealarm and rota report, and the shifts the rota gaps are computed from.

export function recordBeat(db: Db, workerId: string) {
  return db
    .insertInto('alert_worker_beat')
    .values({ worker_id: workerId, beat_at: sql<Date>`now()` })
    .onConflict((oc) => oc.column('worker_id').doUpdateSet({ beat_at: sql<Date>`now()` }))
    .execute();
}

export function removeBeat(db: Db, workerId: string) {
  return db.deleteFrom('alert_worker_beat').where('worker_id', '=', workerId).execute();
}

export interface ChannelStateRow {
  channel: 'email' | 'sms';
  last_ok_at: Date | null;
  last_failed_at: Date | null;
  last_error: string | null;
  failing_since: Date | null;
  oldest_queued_at: Date | null;
  queued: number;
  now: Date;
}

/**
 * Per channel: the last successful attempt, the last failed one with its reason, since when every
 * attempt has failed (the first failure after the last success), and the oldest queued message.
 * With a plan, that plan's messages only (the overview); without, all plans (the health endpoint).
 */
export async function channelStates(db: Db, planId: string | null): Promise<ChannelStateRow[]> {
  const plan = planId === null ? sql`true` : sql`plan_id = ${planId}`;
  const result = await sql<ChannelStateRow>`
    select c.channel, ok.at as last_ok_at, bad.attempted_at as last_failed_at, bad.error as last_error,
      (select min(attempted_at) from delivery_attempt d
        where ${plan} and d.channel = c.channel and not d.is_ok
          and d.attempted_at > coalesce(ok.at, '-infinity')) as failing_since,
      q.oldest as oldest_queued_at, coalesce(q.n, 0)::int as queued, now() as now
    from (values ('email'), ('sms')) as c(channel)
    left join lateral (select max(attempted_at) as at from delivery_attempt d
      where ${plan} and d.channel = c.channel and d.is_ok) ok on true
    left join lateral (select attempted_at, error from delivery_attempt d
      where ${plan} and d.channel = c.channel and not d.is_ok
      order by attempted_at desc limit 1) bad on true
    left join lateral (select min(created_at) as oldest, count(*) as n from outbound_message m
      where ${plan} and m.channel = c.channel and m.status = 'queued') q on true
    order by c.channel`.execute(db);
  return result.rows;
}

/** The most recent heartbeat of any worker, with the database's clock. */
export async function lastBeat(db: Db): Promise<{ beat_at: Date | null; now: Date }> {
  const result = await sql<{ beat_at: Date | null; now: Date }>`
    select (select max(beat_at) from alert_worker_beat) as beat_at, now() as now`.execute(db);
  return result.rows[0] ?? { beat_at: null, now: new Date() };
}

/** Plans whose prøvealarm or rota report is due, locked for this worker alone. */
export function lockDueChecks(db: Db, testAlertIntervalMs: number, rotaReportIntervalMs: number) {
  const testDue = sql<boolean>`test_alert_last_at <= now() - make_interval(secs => ${testAlertIntervalMs / 1000})`;
  const rotaDue = sql<boolean>`rota_report_last_at <= now() - make_interval(secs => ${rotaReportIntervalMs / 1000})`;
  return db
    .selectFrom('alert_setting')
    .select(['plan_id', testDue.as('test_due'), rotaDue.as('rota_due')])
    .where(sql<boolean>`(${testDue}) or (${rotaDue})`)
    .forUpdate()
    .skipLocked()
    .limit(1)
    .executeTakeFirst();
}

export function markChecksDone(db: Db, planId: string, v: { test: boolean; rota: boolean }) {
  return db
    .updateTable('alert_setting')
    .set({
      ...(v.test ? { test_alert_last_at: sql<Date>`now()` } : {}),
      ...(v.rota ? { rota_report_last_at: sql<Date>`now()` } : {}),
    })
    .where('plan_id', '=', planId)
    .execute();
}

export function findCheckTimes(db: Db, planId: string) {
  return db
    .selectFrom('alert_setting')
    .select(['test_alert_last_at', 'rota_report_last_at'])
    .where('plan_id', '=', planId)
    .executeTakeFirstOrThrow();
}

/** The SSP leader: SSP Odense's active member(s) of SSP-bestyrelsen on the alert list. */
export function listSspLeaders(db: Db, planId: string) {
  return db
    .selectFrom('alert_contact as c')
    .innerJoin('alert_organisation as o', 'o.id', 'c.organisation_id')
    .select(['c.id', 'c.full_name', 'c.email', 'c.deputy_id', 'o.name as organisation_name'])
    .where('c.plan_id', '=', planId)
    .where('c.contact_group', '=', 'ssp_board')
    .where('o.name', '=', 'SSP Odense')
    .where('c.is_active', '=', true)
    .orderBy('c.full_name')
    .execute();
}

/** The newest prøvealarm: when, to whom, acknowledged or missed, and whether the leader was told. */
export function findLatestTestAlert(db: Db, planId: string) {
  return db
    .selectFrom('incident as i')
    .leftJoin('alert as a', 'a.incident_id', 'i.id')
    .leftJoin('alert_contact as c', 'c.id', 'a.contact_id')
    .select([
      'i.id as incident_id',
      'i.created_at',
      'i.status',
      'c.full_name',
      'a.acknowledged_at',
      'a.escalated_at',
      sql<Date | null>`(select min(m.created_at) from outbound_message m
        where m.incident_id = i.id and m.alert_id is null)`.as('leader_told_at'),
    ])
    .where('i.plan_id', '=', planId)
    .where('i.kind', '=', 'test')
    .orderBy('i.created_at', 'desc')
    .orderBy('a.created_at')
    .limit(1)
    .executeTakeFirst();
}

/** Chief shifts overlapping [from, to), with whether the chief is active and has an active deputy. */
export function listShiftsForGaps(db: Db, planId: string, from: Date, to: Date) {
  return db
    .selectFrom('oncall_shift as s')
    .innerJoin('alert_contact as c', 'c.id', 's.contact_id')
    .leftJoin('alert_contact as d', 'd.id', 'c.deputy_id')
    .select([
      's.starts_at',
      's.ends_at',
      sql<boolean>`c.is_active and c.contact_group = 'ssp_chief'`.as('is_chief'),
      sql<boolean>`coalesce(d.is_active, false)`.as('has_deputy'),
    ])
    .where('s.plan_id', '=', planId)
    .where('s.starts_at', '<', to)
    .where('s.ends_at', '>', from)
    .execute();
}

export function insertTestIncident(
  db: Db,
  planId: string,
  v: { category: string; description: string; location: string },
) {
  return db
    .insertInto('incident')
    .values({
      plan_id: planId,
      client_key: crypto.randomUUID(),
      kind: 'test',
      level: 'yellow',
      category: v.category,
      description: v.description,
      location: v.location,
      occurred_at: sql<Date>`now()`,
      raised_by_label: 'system',
    })
    .returning(['id', 'created_at'])
    .executeTakeFirstOrThrow();
}
