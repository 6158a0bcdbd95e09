import { da, fill, formatDateTime } from '@helhed/core';
import type { Transaction } from 'kysely';
import type { Database } from '../../../platform/db/database.ts';
import type { ActorContext } from '../../../platform/db/transaction.ts';
import { openIncidentIds } from '../queries/ack.ts';
import type { ContactRow, ContactValues } from '../queries/contacts.ts';
import { insertLog } from '../queries/incidents.ts';
import type { AlertStage } from '../seed-beredskab.ts';

const t = da.alertingAck.log;
type Trx = Transaction<Database>;

/**
 * While an incident is open, who is on the alert list decides who is alerted and who may approve:
 * every change to the list or the rota is written into each open incident's log, in the same
 * transaction as the change.
 */
async function logToOpenIncidents(trx: Trx, actor: ActorContext & { planId: string }, text: string) {
  for (const incidentId of await openIncidentIds(trx, actor.planId)) {
    await insertLog(trx, {
      planId: actor.planId,
      incidentId,
      kind: 'system',
      text: text.slice(0, 4000),
      actorLabel: actor.actorLabel,
    });
  }
}

const groupName = (group: string) => da.alerting.groups[group as AlertStage | 'cks'] ?? group;

export function logContactAdded(trx: Trx, actor: ActorContext & { planId: string }, contact: ContactRow) {
  return logToOpenIncidents(
    trx,
    actor,
    fill(t.contactAdded, {
      actor: actor.actorLabel,
      name: contact.full_name,
      group: groupName(contact.contact_group),
    }),
  );
}

export async function logContactChanged(
  trx: Trx,
  actor: ActorContext & { planId: string },
  before: ContactRow,
  after: ContactValues,
) {
  const f = t.fields;
  const changed: string[] = [
    before.organisation_id !== after.organisationId && f.organisation,
    before.contact_group !== after.group && f.group,
    before.role_title !== after.roleTitle && f.roleTitle,
    before.full_name !== after.fullName && f.fullName,
    before.email !== after.email && f.email,
    (before.phone ?? null) !== after.phone && f.phone,
    (before.deputy_id ?? null) !== after.deputyId && f.deputy,
    before.is_active !== after.isActive && f.active,
  ].filter((x) => x !== false);
  if (changed.length === 0) return;
  await logToOpenIncidents(
    trx,
    actor,
    fill(t.contactChanged, {
      actor: actor.actorLabel,
      name: after.fullName,
      group: groupName(after.group),
      fields: changed.join(', '),
    }),
  );
}

export function logShiftChange(
  trx: Trx,
  actor: ActorContext & { planId: string },
  kind: 'added' | 'removed',
  shift: { full_name: string; starts_at: Date; ends_at: Date },
) {
  return logToOpenIncidents(
    trx,
    actor,
    fill(kind === 'added' ? t.shiftAdded : t.shiftRemoved, {
      actor: actor.actorLabel,
      name: shift.full_name,
      from: formatDateTime(shift.starts_at),
      to: formatDateTime(shift.ends_at),
    }),
  );
}
