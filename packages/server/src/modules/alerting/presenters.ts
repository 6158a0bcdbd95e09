import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { contextOf } from '../../platform/access/request-context.ts';
import type { Db } from '../../platform/db/database.ts';
import type { AlertView, ContactView, IncidentDetail, IncidentView } from './contract.ts';
import { listAlerts } from './queries/alerts.ts';
import type { ContactRow } from './queries/contacts.ts';
import { type IncidentRow, listAttendance, listLog, listMeetings } from './queries/incidents.ts';
import { listCrisisMessages } from './queries/outbox.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Contact persons are personal data: every one shown is a read in the audit log. */
export function presentContact(request: FastifyRequest, row: ContactRow): z.infer<typeof ContactView> {
  contextOf(request).audit.read('alert_contact', row.id, 'alertList');
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

/** Everything the live incident page shows; names of alerted persons are logged as reads. */
export async function loadIncidentDetail(
  db: Db,
  request: FastifyRequest | null,
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
    request?.ctx?.audit.read('alert_contact', id, 'incidentContacts');
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
    log: log.map((l) => ({
      id: l.id,
      kind: l.kind as 'system' | 'update' | 'decision',
      text: l.text,
      actor: l.actor_label,
      at: l.created_at.toISOString(),
    })),
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
