import type { z } from 'zod';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import type { ContactView, ShiftView } from '../contract/contacts.ts';
import type {
  AlertView,
  IncidentDetail,
  IncidentView,
  LogEntryView,
  OutboxMessageView,
  OutboxView,
} from '../contract/incidents.ts';
import { listAlerts } from '../queries/alerts.ts';
import type { ContactRow, listShifts } from '../queries/contacts.ts';
import { type IncidentRow, listAttendance, listLog, listMeetings } from '../queries/incidents.ts';
import { listCrisisMessages, type listOutbox } from '../queries/outbox.ts';
import { buildTimeline, timelineCsv } from './timeline.ts';
import { redactAckLinks } from './tokens.ts';

// The only place of the module that records a read: every person's name or address it shows.

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Contact persons are personal data: every one shown is a read in the audit log. */
export function presentContact(ctx: RequestContext, row: ContactRow): z.infer<typeof ContactView> {
  ctx.audit.read('alert_contact', row.id, 'alertList');
  return {
    id: row.id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    group: row.contact_group as z.infer<typeof ContactView>['group'],
    roleTitle: row.role_title,
    fullName: row.full_name,
    email: row.email,
    phone: row.phone,
    deputyId: row.deputy_id,
    isActive: row.is_active,
    lastConfirmedAt: iso(row.last_confirmed_at),
  };
}

type ShiftRow = Awaited<ReturnType<typeof listShifts>>[number];

/** A shift names the chief on call: a read of that contact. */
export function presentShift(ctx: RequestContext, row: ShiftRow, now: Date): z.infer<typeof ShiftView> {
  ctx.audit.read('alert_contact', row.contact_id, 'rota');
  return {
    id: row.id,
    contactId: row.contact_id,
    fullName: row.full_name,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    isNow: row.starts_at <= now && row.ends_at > now,
  };
}

type OutboxRow = Awaited<ReturnType<typeof listOutbox>>['rows'][number];

/** The Udbakke: every message with its recipient, read as one entry with the count. */
export function presentOutbox(
  ctx: RequestContext,
  page: { rows: OutboxRow[]; total: number },
  notSent: number,
  smtpConfigured: boolean,
): z.infer<typeof OutboxView> {
  const { rows, total } = page;
  if (rows.length > 0) ctx.audit.read('outbound_message', null, 'outbox', `${rows.length}`);
  return {
    smtpConfigured,
    total,
    notSent,
    messages: rows.map(
      (m): z.infer<typeof OutboxMessageView> => ({
        id: m.id,
        incidentId: m.incident_id,
        channel: m.channel as 'email' | 'sms',
        recipient: m.recipient,
        subject: m.subject,
        // A live link would let anyone who reads the Udbakke acknowledge in the recipient's place.
        body: redactAckLinks(m.body, m.sms_code),
        status: m.status as z.infer<typeof OutboxMessageView>['status'],
        lastError: m.last_error,
        sentAt: m.sent_at?.toISOString() ?? null,
        createdAt: m.created_at.toISOString(),
      }),
    ),
  };
}

export function presentIncident(row: IncidentRow): z.infer<typeof IncidentView> {
  return {
    id: row.id,
    level: row.level as 'red' | 'yellow',
    category: row.category,
    description: row.description,
    location: row.location,
    areaSlug: row.area_slug,
    occurredAt: row.occurred_at.toISOString(),
    raisedBy: row.raised_by_label,
    status: row.status as 'raised' | 'activated' | 'closed',
    activatedAt: iso(row.activated_at),
    closedAt: iso(row.closed_at),
    createdAt: row.created_at.toISOString(),
  };
}

type LogRow = Awaited<ReturnType<typeof listLog>>[number];

export function presentLogEntry(row: LogRow): z.infer<typeof LogEntryView> {
  return {
    id: row.id,
    kind: row.kind as z.infer<typeof LogEntryView>['kind'],
    text: row.text,
    actor: row.actor_label,
    at: row.created_at.toISOString(),
  };
}

/**
 * Everything the live incident page shows; names of alerted persons are logged as reads in the
 * request's context (null: a system path that shows nobody anything).
 */
export async function loadIncidentDetail(
  db: Db,
  ctx: RequestContext | null,
  planId: string,
  incident: IncidentRow,
): Promise<z.infer<typeof IncidentDetail>> {
  const [alerts, log, meetings, attendance, messages] = await Promise.all([
    listAlerts(db, planId, incident.id),
    listLog(db, planId, incident.id),
    listMeetings(db, planId, incident.id),
    listAttendance(db, planId, incident.id),
    listCrisisMessages(db, planId, incident.id),
  ]);
  const contactIds = new Set([...alerts.map((a) => a.contact_id), ...attendance.map((a) => a.contact_id)]);
  for (const id of contactIds) {
    ctx?.audit.read('alert_contact', id, 'incidentContacts');
  }
  return {
    incident: presentIncident(incident),
    alerts: alerts.map(
      (a): z.infer<typeof AlertView> => ({
        id: a.id,
        contactId: a.contact_id,
        fullName: a.full_name,
        organisationName: a.organisation_name,
        stage: a.stage as z.infer<typeof AlertView>['stage'],
        reason: a.reason as z.infer<typeof AlertView>['reason'],
        escalatedFromId: a.escalated_from_id,
        emailStatus: a.email_status as z.infer<typeof AlertView>['emailStatus'],
        acknowledgedAt: iso(a.acknowledged_at),
        escalatedAt: iso(a.escalated_at),
        alertedAt: a.created_at.toISOString(),
      }),
    ),
    log: log.map(presentLogEntry),
    meetings: meetings.map((m) => ({
      id: m.id,
      startsAt: m.starts_at.toISOString(),
      url: m.meeting_url,
      convenedBy: m.convened_by_label,
      attendance: attendance
        .filter((a) => a.meeting_id === m.id)
        .map((a) => ({ contactId: a.contact_id, fullName: a.full_name, isPresent: a.is_present })),
    })),
    crisisMessages: messages.map((m) => ({
      id: m.id,
      audience: m.audience,
      subject: m.subject,
      body: m.body,
      draftedBy: m.drafted_by_label,
      approvedBy: m.approved_by_name,
      approvedAt: iso(m.approved_at),
      sentAt: iso(m.sent_at),
    })),
  };
}

/** A closed incident's timeline as the file's text; recorded as an export of the incident. */
export function presentTimelineExport(
  ctx: RequestContext,
  detail: z.infer<typeof IncidentDetail>,
  format: 'json' | 'csv',
): string {
  ctx.audit.exported('incident', detail.incident.id, 'incidentTimeline', format);
  const events = buildTimeline(detail);
  if (format === 'csv') return timelineCsv(events);
  const exported = {
    incident: detail.incident,
    alerts: detail.alerts,
    meetings: detail.meetings,
    crisisMessages: detail.crisisMessages,
    timeline: events,
  };
  return JSON.stringify(exported, null, 2);
}
