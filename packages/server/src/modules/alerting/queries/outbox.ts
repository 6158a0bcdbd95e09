import { sql } from 'kysely';
import type { Paging } from '../../../platform/contract/paging.ts';
import type { Db } from '../../../platform/db/database.ts';
import { direction, fetchPage } from '../../../platform/db/paging.ts';
import type { MESSAGE_STATUSES } from '../contract/shared.ts';

export interface NewMessage {
  planId: string;
  incidentId: string | null;
  alertId: string | null;
  channel: 'email' | 'sms';
  recipient: string;
  subject: string;
  body: string;
}

/** Messages and their delivery jobs in one statement each, so that 500 recipients stay fast. */
export async function queueMessages(db: Db, messages: NewMessage[], dueAt: Date): Promise<void> {
  if (messages.length === 0) return;
  const inserted = await db
    .insertInto('outbound_message')
    .values(
      messages.map((m) => ({
        plan_id: m.planId,
        incident_id: m.incidentId,
        alert_id: m.alertId,
        channel: m.channel,
        recipient: m.recipient,
        subject: m.subject,
        body: m.body,
      })),
    )
    .returning(['id', 'plan_id'])
    .execute();
  await db
    .insertInto('alert_job')
    .values(inserted.map((m) => ({ plan_id: m.plan_id, kind: 'deliver', message_id: m.id, due_at: dueAt })))
    .execute();
}

export function scheduleEscalations(db: Db, planId: string, alertIds: string[], dueAt: Date) {
  if (alertIds.length === 0) return Promise.resolve([]);
  return db
    .insertInto('alert_job')
    .values(alertIds.map((id) => ({ plan_id: planId, kind: 'escalate', alert_id: id, due_at: dueAt })))
    .execute();
}

export interface ClaimedJob {
  id: string;
  kind: string;
  message_id: string | null;
  alert_id: string | null;
  attempts: number;
  /** The message of a deliver job, read in the same statement that claims the job. */
  channel: string | null;
  recipient: string | null;
  subject: string | null;
  body: string | null;
  status: string | null;
  full_name: string | null;
  /** The alert's id and stage when the message is an alert: the stable Message-ID is made of them. */
  message_alert_id: string | null;
  stage: string | null;
  message_created_at: Date | null;
}

/**
 * Claims due jobs for this worker. SKIP LOCKED lets several processes poll the same table without
 * waiting on each other; the lease (locked_until) keeps a claimed job from being taken again while
 * it is sent, and makes it due again if this process dies in the middle.
 */
export async function claimDueJobs(db: Db, limit: number, leaseSeconds: number): Promise<ClaimedJob[]> {
  const result = await sql<ClaimedJob>`
    with claimed as (
      update alert_job set locked_until = now() + make_interval(secs => ${leaseSeconds}), attempts = attempts + 1
      where id in (
        select id from alert_job
        where done_at is null and due_at <= now() and (locked_until is null or locked_until < now())
        order by due_at, id
        limit ${limit}
        for update skip locked)
      returning id, kind, message_id, alert_id, attempts, due_at)
    select j.id, j.kind, j.message_id, j.alert_id, j.attempts,
           m.channel, m.recipient, m.subject, m.body, m.status, c.full_name,
           m.alert_id as message_alert_id, a.stage, m.created_at as message_created_at
    from claimed j
    left join outbound_message m on m.id = j.message_id
    left join alert a on a.id = m.alert_id
    left join alert_contact c on c.id = a.contact_id
    order by j.due_at, j.id`.execute(db);
  return result.rows;
}

/**
 * Records a delivery's outcome and finishes (or re-schedules) its job in one statement, with one
 * delivery_attempt row for every real attempt (the channel state on the overview and the health
 * endpoint are read from those rows).
 */
export async function completeDelivery(
  db: Db,
  v: {
    jobId: string;
    messageId: string;
    status: 'sent' | 'not_sent' | 'failed' | 'queued';
    error: string | null;
    retryInSeconds: number;
  },
): Promise<void> {
  await sql`
    with message as (
      update outbound_message set status = ${v.status}, last_error = ${v.error}, attempts = attempts + 1,
        sent_at = case when ${v.status} = 'sent' then now() else null end
      where id = ${v.messageId}
      returning plan_id, channel),
    attempt as (
      insert into delivery_attempt (plan_id, message_id, channel, is_ok, error)
      select plan_id, ${v.messageId}::uuid, channel, ${v.status}::text = 'sent', ${v.error}::text
      from message where ${v.status}::text <> 'not_sent')
    update alert_job set locked_until = null,
      done_at = case when ${v.status} = 'queued' then null else now() end,
      due_at = case when ${v.status} = 'queued' then now() + make_interval(secs => ${v.retryInSeconds}) else due_at end
    where id = ${v.jobId}`.execute(db);
}

export function finishJob(db: Db, jobId: string) {
  return db
    .updateTable('alert_job')
    .set({ done_at: sql<Date>`now()`, locked_until: null })
    .where('id', '=', jobId)
    .execute();
}

export function retryJobLater(db: Db, jobId: string, delaySeconds: number) {
  return db
    .updateTable('alert_job')
    .set({ due_at: sql<Date>`now() + make_interval(secs => ${delaySeconds})`, locked_until: null })
    .where('id', '=', jobId)
    .execute();
}

export interface OutboxSearch extends Paging<'created'> {
  status?: (typeof MESSAGE_STATUSES)[number] | undefined;
}

/** One page of the plan's outbox, newest first (or oldest), optionally of one status. */
export function listOutbox(db: Db, planId: string, search: OutboxSearch) {
  let query = db
    .selectFrom('outbound_message as m')
    .leftJoin('alert as a', 'a.id', 'm.alert_id')
    .select([
      'm.id',
      'm.incident_id',
      'm.channel',
      'm.recipient',
      'm.subject',
      'm.body',
      'm.status',
      'm.last_error',
      'm.sent_at',
      'm.created_at',
      // Only so that the code can be redacted from the body before anyone sees it.
      'a.sms_code',
    ])
    .where('m.plan_id', '=', planId);
  if (search.status) query = query.where('m.status', '=', search.status);
  return fetchPage(db, query.orderBy('m.created_at', direction(search.dir)).orderBy('m.id'), search);
}

/** How many of the plan's messages were held as "ikke sendt", on any page. */
export async function countNotSent(db: Db, planId: string): Promise<number> {
  const row = await db
    .selectFrom('outbound_message')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('plan_id', '=', planId)
    .where('status', '=', 'not_sent')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function insertCrisisMessage(
  db: Db,
  v: {
    planId: string;
    incidentId: string;
    audience: string;
    subject: string;
    body: string;
    draftedByLabel: string;
    draftedById: string | null;
  },
) {
  return db
    .insertInto('crisis_message')
    .values({
      plan_id: v.planId,
      incident_id: v.incidentId,
      audience: v.audience,
      subject: v.subject,
      body: v.body,
      drafted_by_label: v.draftedByLabel,
      drafted_by_id: v.draftedById,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

const CRISIS_MESSAGE_COLUMNS = [
  'm.id',
  'm.incident_id',
  'm.audience',
  'm.subject',
  'm.body',
  'm.drafted_by_label',
  'c.full_name as approved_by_name',
  'm.approved_at',
  'm.sent_at',
  'm.created_at',
] as const;

export function listCrisisMessages(db: Db, planId: string, incidentId: string) {
  return db
    .selectFrom('crisis_message as m')
    .leftJoin('alert_contact as c', 'c.id', 'm.approved_by_contact_id')
    .select(CRISIS_MESSAGE_COLUMNS)
    .where('m.plan_id', '=', planId)
    .where('m.incident_id', '=', incidentId)
    .orderBy('m.created_at')
    .execute();
}

export function lockCrisisMessage(db: Db, planId: string, incidentId: string, id: string) {
  return db
    .selectFrom('crisis_message')
    .select(['id', 'subject', 'body', 'approved_at', 'sent_at', 'drafted_by_id', 'drafted_by_label'])
    .where('plan_id', '=', planId)
    .where('incident_id', '=', incidentId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function approveCrisisMessage(db: Db, id: string, contactId: string, userId: string | null) {
  return db
    .updateTable('crisis_message')
    .set({ approved_by_contact_id: contactId, approved_by_user_id: userId, approved_at: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

export function markCrisisMessageSent(db: Db, id: string) {
  return db.updateTable('crisis_message').set({ sent_at: sql<Date>`now()` }).where('id', '=', id).execute();
}
