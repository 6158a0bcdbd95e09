import { da, fill, formatDateTime } from '@helhed/core';
import type { Transaction } from 'kysely';
import type { Database } from '../../../platform/db/database.ts';
import { insertAlerts, markEscalated } from '../queries/alerts.ts';
import { insertTestIncident, listSspLeaders } from '../queries/alive.ts';
import { findChiefsOnCall, findSettings } from '../queries/contacts.ts';
import { findIncident, setIncidentStatus } from '../queries/incidents.ts';
import { type NewMessage, queueMessages, scheduleEscalations } from '../queries/outbox.ts';
import { logSystem, primaryContacts } from './alert-contacts.ts';
import { ackLink } from './compose.ts';

type Trx = Transaction<Database>;
const t = da.alertingAlive;

/** Queues one plain e-mail to each SSP leader (no alert: nothing to acknowledge or escalate). */
export async function tellSspLeaders(
  trx: Trx,
  planId: string,
  incidentId: string | null,
  subject: string,
  body: (name: string) => string,
): Promise<string[]> {
  const leaders = primaryContacts(await listSspLeaders(trx, planId));
  const messages: NewMessage[] = leaders.map((leader) => ({
    planId,
    incidentId,
    alertId: null,
    channel: 'email',
    recipient: leader.email,
    subject,
    body: `${body(leader.full_name)}\n\n${da.alerting.mail.footer}`,
  }));
  await queueMessages(trx, messages, new Date());
  return leaders.map((l) => l.full_name);
}

/**
 * The weekly prøvealarm: a test incident and one alert per chief on call now, through the same
 * alert rows, signed links, delivery jobs and escalation timer as a real alert, so that the
 * acknowledgement goes through the one acknowledge path. With nobody on call, the SSP leader is told.
 */
export async function sendTestAlert(trx: Trx, planId: string, publicUrl: string): Promise<void> {
  const incident = await insertTestIncident(trx, planId, t.testIncident);
  const now = new Date();
  const chiefs = [...new Map((await findChiefsOnCall(trx, planId, now)).map((c) => [c.id, c])).values()];
  if (chiefs.length === 0) {
    const told = await tellSspLeaders(trx, planId, incident.id, t.mail.noChiefSubject, (name) =>
      fill(t.mail.noChiefBody, { name, sentAt: formatDateTime(now) }),
    );
    await logSystem(trx, planId, incident.id, told.length > 0 ? t.log.testNoChief : t.log.noLeader);
    await setIncidentStatus(trx, planId, incident.id, 'closed');
    return;
  }
  const settings = await findSettings(trx, planId);
  const tokenExpiresAt = new Date(now.getTime() + settings.ack_valid_hours * 3_600_000);
  const escalateAt = new Date(now.getTime() + settings.escalation_seconds * 1000);
  const inserted = await insertAlerts(
    trx,
    chiefs.map((c) => ({
      planId,
      incidentId: incident.id,
      contactId: c.id,
      stage: 'ssp_chief',
      reason: 'initial' as const,
      escalatedFromId: null,
      tokenExpiresAt,
    })),
  );
  const messages: NewMessage[] = [];
  for (const row of inserted) {
    const chief = chiefs.find((c) => c.id === row.contact_id);
    if (!chief) continue;
    const link = ackLink(publicUrl, settings.hmac_secret, row.id, tokenExpiresAt);
    const base = { planId, incidentId: incident.id, alertId: row.id, subject: t.mail.testSubject };
    const values = { name: chief.full_name, link, deadline: formatDateTime(escalateAt) };
    messages.push({ ...base, channel: 'email', recipient: chief.email, body: fill(t.mail.testBody, values) });
    if (chief.phone) {
      messages.push({ ...base, channel: 'sms', recipient: chief.phone, body: fill(t.mail.testSms, values) });
    }
  }
  await scheduleEscalations(
    trx,
    planId,
    inserted.map((r) => r.id),
    escalateAt,
  );
  await queueMessages(trx, messages, now);
  await logSystem(
    trx,
    planId,
    incident.id,
    fill(t.log.testSent, { names: chiefs.map((c) => c.full_name).join(', ') }),
  );
}

/**
 * A prøvealarm's escalation timer is due (the alert row is locked by the caller): acknowledged, the
 * test is over; not acknowledged, the SSP leader gets a mail instead of the deputy being alerted.
 */
export async function settleTestAlert(
  trx: Trx,
  alert: {
    id: string;
    plan_id: string;
    incident_id: string;
    full_name: string;
    acknowledged_at: Date | null;
    escalated_at: Date | null;
  },
): Promise<void> {
  const incident = await findIncident(trx, alert.plan_id, alert.incident_id);
  if (!incident || alert.escalated_at) return;
  if (alert.acknowledged_at) {
    await logSystem(trx, alert.plan_id, alert.incident_id, t.log.testAcknowledged);
  } else {
    await markEscalated(trx, alert.id);
    const deadline = formatDateTime(new Date());
    const told = await tellSspLeaders(trx, alert.plan_id, alert.incident_id, t.mail.missedSubject, (name) =>
      fill(t.mail.missedBody, {
        name,
        chief: alert.full_name,
        sentAt: formatDateTime(incident.created_at),
        deadline,
      }),
    );
    await logSystem(
      trx,
      alert.plan_id,
      alert.incident_id,
      told.length > 0
        ? fill(t.log.testMissed, { name: alert.full_name, leaders: told.join(', ') })
        : t.log.noLeader,
    );
  }
  if (incident.status !== 'closed') await setIncidentStatus(trx, alert.plan_id, alert.incident_id, 'closed');
}
