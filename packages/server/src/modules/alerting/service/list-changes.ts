import { da, fill, formatDateTime } from '@helhed/core';
import type { Transaction } from 'kysely';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Database } from '../../../platform/db/database.ts';
import { openIncidentIds } from '../queries/ack.ts';
import type { ContactRow, ContactValues } from '../queries/contacts.ts';
import { insertLog } from '../queries/incidents.ts';
import type { AlertStage } from '../seed/beredskab.ts';

const t = da.alertingAck.log;
type Trx = Transaction<Database>;

/**
 * While an incident is open, who is on the alert list decides who is alerted and who may approve:
 * every change to the list or the rota is written into each open incident's log, in the same
 * transaction as the change.
 */
async function logToOpenIncidents(trx: Trx, ctx: RequestContext, text: string) {
  for (const incidentId of await openIncidentIds(trx, ctx.actor.plan.id)) {
    await insertLog(trx, {
      planId: ctx.actor.plan.id,
      incidentId,
      kind: 'system',
      text: text.slice(0, 4000),
      actorLabel: ctx.who.actorLabel,
    });
  }
}

const groupName = (group: string) => da.alerting.groups[group as AlertStage | 'cks'] ?? group;

export function logContactAdded(trx: Trx, ctx: RequestContext, contact: ContactRow) {
  return logToOpenIncidents(
    trx,
    ctx,
    fill(t.contactAdded, {
      actor: ctx.who.actorLabel,
      name: contact.full_name,
      group: groupName(contact.contact_group),
    }),
  );
}

export async function logContactChanged(
  trx: Trx,
  ctx: RequestContext,
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
    ctx,
    fill(t.contactChanged, {
      actor: ctx.who.actorLabel,
      name: after.fullName,
      group: groupName(after.group),
      fields: changed.join(', '),
    }),
  );
}

export function logShiftChange(
  trx: Trx,
  ctx: RequestContext,
  kind: 'added' | 'removed',
  shift: { full_name: string; starts_at: Date; ends_at: Date },
) {
  return logToOpenIncidents(
    trx,
    ctx,
    fill(kind === 'added' ? t.shiftAdded : t.shiftRemoved, {
      actor: ctx.who.actorLabel,
      name: shift.full_name,
      from: formatDateTime(shift.starts_at),
      to: formatDateTime(shift.ends_at),
    }),
  );
}
