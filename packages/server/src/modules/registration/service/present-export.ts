import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { listAccessLog } from '../../../platform/audit/queries.ts';
import type { ParticipantDetail, ParticipantExport } from '../contract/views.ts';
import type { listContacts, listGoals } from '../queries/cases.ts';
import type { listContactRevisions } from '../queries/contact-revisions.ts';
import type {
  listEnrolmentsOfParticipant,
  listMergedRecords,
  listVolunteeringOfParticipant,
} from '../queries/export.ts';
import type { listConsents } from '../queries/participants.ts';
import { presentConsent, presentContact, presentContactRevision, presentGoal } from './presenters.ts';

type Rows<F extends (...args: never[]) => Promise<unknown[]>> = Awaited<ReturnType<F>>;

/**
 * A participant's export (art. 15). The reads recorded while the participant was gathered are
 * replaced by the one export entry in the audit log.
 */
export function presentExport(
  ctx: RequestContext,
  detail: ParticipantDetail,
  parts: {
    goals: Rows<typeof listGoals>;
    contacts: Rows<typeof listContacts>;
    revisions: Rows<typeof listContactRevisions>;
    enrolments: Rows<typeof listEnrolmentsOfParticipant>;
    volunteering: Rows<typeof listVolunteeringOfParticipant>;
    accessLog: Rows<typeof listAccessLog>;
    merged: Array<Rows<typeof listMergedRecords>[number] & { consents: Rows<typeof listConsents> }>;
  },
): ParticipantExport {
  ctx.audit.pending.length = 0;
  ctx.audit.exported('participant', detail.id, 'accessRequest');
  const { cases, ...participant } = detail;
  return {
    exportedAt: new Date().toISOString(),
    participant,
    cases: cases.map((c) => ({
      ...c,
      goals: parts.goals.filter((g) => g.case_id === c.id).map(presentGoal),
      contacts: parts.contacts.filter((x) => x.case_id === c.id).map(presentContact),
      contactRevisions: parts.revisions.filter((x) => x.case_id === c.id).map(presentContactRevision),
    })),
    groupCourses: parts.enrolments.map((e) => ({
      title: e.title,
      enrolledOn: e.enrolled_on,
      sessionsAttended: Number(e.attended ?? 0),
      completed: e.completed,
      diplomaOn: e.diploma_on,
    })),
    volunteering: parts.volunteering.map((v) => ({ startedOn: v.started_on, endedOn: v.ended_on })),
    mergedRecords: parts.merged.map((m) => ({
      participantId: m.id,
      displayName: m.display_name,
      birthYear: m.birth_year,
      createdAt: m.created_at.toISOString(),
      mergedAt: m.merged_at.toISOString(),
      reason: m.reason,
      consents: m.consents.map(presentConsent),
    })),
    accessLog: parts.accessLog.map((e) => ({
      occurredAt: e.occurred_at.toISOString(),
      action: e.action,
      entityType: e.entity_type,
      purpose: e.purpose,
    })),
  };
}
