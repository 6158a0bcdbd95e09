import { da, fill } from '@helhed/core';
import type { Transaction } from 'kysely';
import type { Database } from '../../../platform/db/database.ts';
import type { ContactRow } from '../queries/contacts.ts';
import { findSettings } from '../queries/contacts.ts';
import { type IncidentRow, insertLog } from '../queries/incidents.ts';
import { type NewMessage, queueMessages, scheduleEscalations } from '../queries/outbox.ts';
import type { AlertStage } from '../seed/beredskab.ts';
import { type AlertRecipient, ackLink, composeAlert } from './compose.ts';
import { insertAlertsWithCodes } from './sms-codes.ts';

export interface AlertTarget {
  contact: Pick<ContactRow, 'id' | 'full_name' | 'email' | 'phone'>;
  stage: AlertStage;
  reason: 'initial' | 'deputy' | 'next_level';
  escalatedFrom: { alertId: string; fullName: string } | null;
}

const NAMES_IN_LOG = 20;

/** "Anne, Bo (Fyns Politi)" for a short list, a count for a long one: the log stays readable. */
export function describeTargets(group: AlertStage, names: string[]): string {
  const groupName = da.alerting.groups[group];
  return names.length <= NAMES_IN_LOG
    ? fill(da.alerting.log.alerted, { group: groupName, names: names.join(', ') })
    : fill(da.alerting.log.alertedMany, { group: groupName, count: names.length });
}

/**
 * Creates one alert per target with its messages (queued for the worker) and its escalation timer,
 * all inside the caller's transaction: either every alert of a step exists with its timers, or none.
 */
export async function alertTargets(
  trx: Transaction<Database>,
  planId: string,
  incident: IncidentRow,
  targets: AlertTarget[],
  publicUrl: string,
): Promise<string[]> {
  if (targets.length === 0) return [];
  const settings = await findSettings(trx, planId);
  const now = Date.now();
  const tokenExpiresAt = new Date(now + settings.ack_valid_hours * 3_600_000);
  const escalateAt = new Date(now + settings.escalation_seconds * 1000);
  const inserted = await insertAlertsWithCodes(
    trx,
    targets.map((target) => ({
      planId,
      incidentId: incident.id,
      contactId: target.contact.id,
      stage: target.stage,
      reason: target.reason,
      escalatedFromId: target.escalatedFrom?.alertId ?? null,
      tokenExpiresAt,
      hasPhone: Boolean(target.contact.phone),
    })),
  );
  const alertIdOf = new Map(inserted.map((row) => [row.contact_id, row.id]));
  const codeOf = new Map(inserted.map((row) => [row.contact_id, row.sms_code]));
  const messages: NewMessage[] = [];
  const alertIds: string[] = [];
  for (const target of targets) {
    const alertId = alertIdOf.get(target.contact.id);
    if (!alertId) throw new Error('alert not inserted');
    alertIds.push(alertId);
    const recipient: AlertRecipient = {
      alertId,
      tokenExpiresAt,
      fullName: target.contact.full_name,
      email: target.contact.email,
      phone: target.contact.phone,
      stage: target.stage,
      smsCode: codeOf.get(target.contact.id) ?? null,
      escalation:
        target.reason === 'initial' || !target.escalatedFrom
          ? null
          : { kind: target.reason, missingName: target.escalatedFrom.fullName },
    };
    const link = ackLink(publicUrl, settings.hmac_secret, alertId, tokenExpiresAt);
    messages.push(...composeAlert(planId, incident, recipient, link));
  }
  await scheduleEscalations(trx, planId, alertIds, escalateAt);
  await queueMessages(trx, messages, new Date(now));
  return alertIds;
}

export function logSystem(trx: Transaction<Database>, planId: string, incidentId: string, text: string) {
  return insertLog(trx, {
    planId,
    incidentId,
    kind: 'system',
    text: text.slice(0, 4000),
    actorLabel: 'system',
  });
}

/** Deputies of an active member of the same list are alerted only when escalation reaches them. */
export function primaryContacts<T extends { id: string; deputy_id: string | null }>(contacts: T[]): T[] {
  const deputies = new Set(contacts.map((c) => c.deputy_id).filter((id): id is string => id !== null));
  return contacts.filter((c) => !deputies.has(c.id));
}

/** How a contact is named in the incident log: "Navn (Organisation)". */
export function label(contact: { full_name: string; organisation_name: string }): string {
  return `${contact.full_name} (${contact.organisation_name})`;
}
