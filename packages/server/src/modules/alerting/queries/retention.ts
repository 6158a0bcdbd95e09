import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';

// The beredskab's free text after its periods (decision 0022). The rows stay: the fact that a
// message was delivered, and when, and the incident's level, category, area and times.

const danishMidnight = (day: string) => sql<Date>`(${day}::date)::timestamp at time zone 'Europe/Copenhagen'`;

/** Plans with delivered or abandoned messages from before `cutoff` that still carry their text. */
export function outboxBefore(db: Db, cutoff: string) {
  return db
    .selectFrom('outbound_message')
    .select(['plan_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('status', '!=', 'queued')
    .where('created_at', '<', danishMidnight(cutoff))
    .where('recipient', '!=', '')
    .groupBy('plan_id')
    .execute();
}

/** Recipient, subject, body and the delivery errors (which can quote an address) go. */
export async function clearOutbox(db: Db, planId: string, cutoff: string) {
  const cleared = await db
    .updateTable('outbound_message')
    .set({ recipient: '', subject: '', body: '', last_error: null })
    .where('plan_id', '=', planId)
    .where('status', '!=', 'queued')
    .where('created_at', '<', danishMidnight(cutoff))
    .where('recipient', '!=', '')
    .returning('id')
    .execute();
  if (cleared.length === 0) return 0;
  await db
    .updateTable('delivery_attempt')
    .set({ error: null })
    .where(
      'message_id',
      'in',
      cleared.map((row) => row.id),
    )
    .where('error', 'is not', null)
    .execute();
  return cleared.length;
}

/** Plans with incidents closed before `cutoff` whose description is still there. */
export function closedIncidentsBefore(db: Db, cutoff: string, marker: string) {
  return db
    .selectFrom('incident')
    .select(['plan_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('status', '=', 'closed')
    .where('closed_at', '<', danishMidnight(cutoff))
    .where('description', '!=', marker)
    .groupBy('plan_id')
    .execute();
}

/**
 * What happened, where, who raised it, the log, the crisis messages and who convened the meeting
 * are replaced by `marker` (the columns require a text); returns the incidents changed.
 */
export async function anonymiseIncidents(db: Db, planId: string, cutoff: string, marker: string) {
  const incidents = await db
    .updateTable('incident')
    .set({ description: marker, location: marker, raised_by_label: marker })
    .where('plan_id', '=', planId)
    .where('status', '=', 'closed')
    .where('closed_at', '<', danishMidnight(cutoff))
    .where('description', '!=', marker)
    .returning('id')
    .execute();
  const ids = incidents.map((row) => row.id);
  if (ids.length === 0) return 0;
  await db
    .updateTable('incident_log')
    .set({ text: marker, actor_label: marker })
    .where('incident_id', 'in', ids)
    .execute();
  await db
    .updateTable('crisis_message')
    .set({ subject: marker, body: marker, drafted_by_label: marker })
    .where('incident_id', 'in', ids)
    .execute();
  await db
    .updateTable('crisis_meeting')
    .set({ convened_by_label: marker })
    .where('incident_id', 'in', ids)
    .execute();
  return ids.length;
}
