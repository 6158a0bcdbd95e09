import { da, fill, formatDateTime } from '@helhed/core';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { AppError, fieldError } from '../../../platform/http/errors.ts';
import { findContact, listActiveContactsInGroup } from '../queries/contacts.ts';
import {
  findMeeting,
  insertLog,
  insertMeeting,
  lockIncident,
  setIncidentStatus,
  upsertAttendance,
} from '../queries/incidents.ts';
import { type NewMessage, queueMessages } from '../queries/outbox.ts';
import { MIN_MEETING_NOTICE_MINUTES } from '../seed/beredskab.ts';
import { logSystem } from './alert-contacts.ts';
import { presentLogEntry } from './presenters.ts';

/** The incident, locked, and open: every step after raising needs all three. */
export async function openIncident(trx: Db, planId: string, incidentId: string) {
  const incident = await lockIncident(trx, planId, incidentId);
  if (!incident) throw new AppError('NOT_FOUND');
  if (incident.status === 'closed') throw new AppError('INCIDENT_CLOSED');
  return incident;
}

export async function addLogEntry(
  db: Db,
  ctx: RequestContext,
  incidentId: string,
  v: { kind: 'update' | 'decision'; text: string },
) {
  const planId = ctx.actor.plan.id;
  const row = await withTransaction(db, ctx, async (trx) => {
    await openIncident(trx, planId, incidentId);
    return insertLog(trx, {
      planId,
      incidentId,
      kind: v.kind,
      text: v.text,
      actorLabel: ctx.who.actorLabel,
    });
  });
  return presentLogEntry(row);
}

/** Procedure step 7 ends here: the incident is "afmeldt"; pending escalations stop at their next run. */
export async function closeIncident(db: Db, ctx: RequestContext, incidentId: string) {
  const planId = ctx.actor.plan.id;
  await withTransaction(db, ctx, async (trx) => {
    await openIncident(trx, planId, incidentId);
    await setIncidentStatus(trx, planId, incidentId, 'closed');
    await logSystem(trx, planId, incidentId, fill(da.alerting.log.closed, { actor: ctx.who.actorLabel }));
  });
}

/**
 * Procedure step 5: the chief convenes the FU online, with at least 30 minutes' notice unless the
 * level is red (then at once, at any hour). Every active FU member gets the invitation by e-mail.
 */
export async function conveneMeeting(
  db: Db,
  ctx: RequestContext,
  incidentId: string,
  v: { startsAt: string; url: string },
  now = new Date(),
) {
  const planId = ctx.actor.plan.id;
  const startsAt = new Date(v.startsAt);
  return withTransaction(db, ctx, async (trx) => {
    const incident = await openIncident(trx, planId, incidentId);
    const earliest =
      incident.level === 'red'
        ? now.getTime() - 5 * 60_000
        : now.getTime() + MIN_MEETING_NOTICE_MINUTES * 60_000;
    if (startsAt.getTime() < earliest) {
      const message =
        incident.level === 'red' ? da.alerting.errors.meetingInPast : da.alerting.errors.meetingNotice;
      throw fieldError('startsAt', message);
    }
    const meeting = await insertMeeting(trx, {
      planId,
      incidentId,
      startsAt,
      url: v.url,
      convenedByLabel: ctx.who.actorLabel,
    });
    const members = await listActiveContactsInGroup(trx, planId, 'ssp_fu');
    const values = {
      category: incident.category,
      location: incident.location,
      startsAt: formatDateTime(startsAt),
      url: v.url,
    };
    const messages: NewMessage[] = members.map((member) => ({
      planId,
      incidentId,
      alertId: null,
      channel: 'email',
      recipient: member.email,
      subject: fill(da.alerting.mail.meetingSubject, values),
      body: `${fill(da.alerting.mail.meetingBody, { ...values, name: member.full_name })}\n\n${da.alerting.mail.footer}`,
    }));
    await queueMessages(trx, messages, now);
    await logSystem(
      trx,
      planId,
      incidentId,
      fill(da.alerting.log.meeting, { ...values, actor: ctx.who.actorLabel }),
    );
    return { id: meeting.id };
  });
}

export async function recordAttendance(
  db: Db,
  ctx: RequestContext,
  incidentId: string,
  meetingId: string,
  v: { contactId: string; isPresent: boolean },
) {
  const planId = ctx.actor.plan.id;
  await withTransaction(db, ctx, async (trx) => {
    await openIncident(trx, planId, incidentId);
    if (!(await findMeeting(trx, planId, incidentId, meetingId))) throw new AppError('NOT_FOUND');
    const contact = await findContact(trx, planId, v.contactId);
    if (!contact) throw fieldError('contactId', da.alerting.errors.unknownContact);
    await upsertAttendance(trx, {
      planId,
      meetingId,
      contactId: v.contactId,
      isPresent: v.isPresent,
    });
    const state = v.isPresent ? da.alerting.log.present : da.alerting.log.absent;
    await insertLog(trx, {
      planId,
      incidentId,
      kind: 'update',
      text: fill(da.alerting.log.attendance, { name: contact.full_name, state }),
      actorLabel: ctx.who.actorLabel,
    });
  });
}
