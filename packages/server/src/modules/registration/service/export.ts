import { da } from '@helhed/core';
import type { FastifyRequest } from 'fastify';
import { contextOf, type SessionActor } from '../../../platform/access/request-context.ts';
import { listAccessLog } from '../../../platform/audit/queries.ts';
import type { Db } from '../../../platform/db/database.ts';
import { presentContact, presentGoal } from '../presenters.ts';
import { listContacts, listGoals } from '../queries/cases.ts';
import { listEnrolmentsOfParticipant, listVolunteeringOfParticipant } from '../queries/export.ts';
import { participantDetail } from './views.ts';

/**
 * Everything held about one participant, for a request of access: the person, consents,
 * referrals, forløb with goals and contacts, and the log of look-ups in their data. The export
 * itself is logged as an `export` (after the log is read, so it appears in the next export).
 */
export async function exportParticipant(db: Db, request: FastifyRequest, actor: SessionActor, id: string) {
  const detail = await participantDetail(db, request, actor, id);
  // The reads collected while building the export are replaced by the one export entry.
  contextOf(request).audit.pending.length = 0;
  const caseIds = detail.cases.map((c) => c.id);
  const [goals, contacts, enrolments, volunteering] = await Promise.all([
    listGoals(db, caseIds),
    listContacts(db, caseIds),
    listEnrolmentsOfParticipant(db, id),
    listVolunteeringOfParticipant(db, id),
  ]);
  const accessLog = await listAccessLog(db, actor.plan.id, [
    { type: 'participant', ids: [id] },
    { type: 'participant_consent', ids: detail.consents.map((c) => c.id) },
    { type: 'referral', ids: detail.referrals.map((r) => r.id) },
    { type: 'support_case', ids: caseIds },
    { type: 'support_case_goal', ids: goals.map((g) => g.id) },
    { type: 'support_case_contact', ids: contacts.map((c) => c.id) },
    { type: 'group_enrolment', ids: enrolments.map((e) => e.id) },
    { type: 'volunteer', ids: volunteering.map((v) => v.id) },
  ]);
  contextOf(request).audit.exported('participant', id, 'accessRequest');
  const { cases, ...rest } = detail;
  return {
    exportedAt: new Date().toISOString(),
    participant: rest,
    cases: cases.map((c) => ({
      ...c,
      goals: goals.filter((g) => g.case_id === c.id).map(presentGoal),
      contacts: contacts.filter((x) => x.case_id === c.id).map(presentContact),
    })),
    groupCourses: enrolments.map((e) => ({
      title: e.title,
      enrolledOn: e.enrolled_on,
      sessionsAttended: Number(e.attended ?? 0),
      completed: e.completed,
      diplomaOn: e.diploma_on,
    })),
    volunteering: volunteering.map((v) => ({ startedOn: v.started_on, endedOn: v.ended_on })),
    accessLog: accessLog.map((e) => ({
      occurredAt: e.occurred_at.toISOString(),
      action: e.action,
      entityType: e.entity_type,
      purpose: e.purpose,
    })),
  };
}

export type ParticipantExport = Awaited<ReturnType<typeof exportParticipant>>;
