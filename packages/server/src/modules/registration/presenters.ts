import { da } from '@helhed/core';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { contextOf } from '../../platform/access/request-context.ts';
import type {
  CaseSummaryView,
  ConsentView,
  ContactView,
  GoalView,
  ParticipantSummaryView,
  ReferralView,
} from './contract-views.ts';
import type { CaseRow } from './queries/cases.ts';
import type { ParticipantRow } from './queries/participants.ts';
import type { ReferralRow } from './queries/referrals.ts';

type Out<T extends z.ZodType> = z.infer<T>;
const PURPOSE = da.registration.audit.purposeCasework;

/** Every participant shown is a read of personal data in the audit log. */
export function presentParticipant(
  request: FastifyRequest,
  row: ParticipantRow,
): Out<typeof ParticipantSummaryView> {
  contextOf(request).audit.read('participant', row.id, 'casework');
  return {
    id: row.id,
    displayName: row.display_name,
    birthYear: row.birth_year,
    gender: row.gender as Out<typeof ParticipantSummaryView>['gender'],
    areaId: row.area_id,
    areaName: row.area_name,
    departmentId: row.department_id,
    departmentName: row.department_name,
    contact: row.contact,
    teamId: row.team_id,
    teamName: row.team_name,
    createdAt: row.created_at.toISOString(),
    erasedAt: row.erased_at?.toISOString() ?? null,
  };
}

export function presentCase(request: FastifyRequest, row: CaseRow): Out<typeof CaseSummaryView> {
  contextOf(request).audit.read('support_case', row.id, 'casework');
  return {
    id: row.id,
    participantId: row.participant_id,
    participantName: row.participant_name,
    activityId: row.activity_id,
    activityName: row.activity_name,
    teamId: row.team_id,
    teamName: row.team_name,
    responsibleUserId: row.responsible_user_id,
    responsibleName: row.responsible_name,
    areaId: row.area_id,
    referralId: row.referral_id,
    startedOn: row.started_on,
    status: row.status as Out<typeof CaseSummaryView>['status'],
    endedOn: row.ended_on,
    outcome: row.outcome as Out<typeof CaseSummaryView>['outcome'],
  };
}

export function presentReferral(row: ReferralRow): Out<typeof ReferralView> {
  return {
    id: row.id,
    participantId: row.participant_id,
    source: row.source as Out<typeof ReferralView>['source'],
    sourceOther: row.source_other,
    referredOn: row.referred_on,
    reason: row.reason,
    activityId: row.activity_id,
    activityName: row.activity_name,
    decision: row.decision as Out<typeof ReferralView>['decision'],
    decidedOn: row.decided_on,
  };
}

export function presentConsent(row: {
  id: string;
  given_on: string;
  recorded_by_name: string | null;
  for_registration: boolean;
  for_statistics: boolean;
  for_partner_contact: boolean;
  partner_names: string | null;
  withdrawn_on: string | null;
  withdrawn_by_name: string | null;
}): Out<typeof ConsentView> {
  return {
    id: row.id,
    givenOn: row.given_on,
    recordedByName: row.recorded_by_name,
    forRegistration: row.for_registration,
    forStatistics: row.for_statistics,
    forPartnerContact: row.for_partner_contact,
    partnerNames: row.partner_names,
    withdrawnOn: row.withdrawn_on,
    withdrawnByName: row.withdrawn_by_name,
  };
}

export function presentGoal(row: {
  id: string;
  text: string;
  agreed_on: string;
  agreed_at: string | null;
  achieved: boolean;
}): Out<typeof GoalView> {
  return {
    id: row.id,
    text: row.text,
    agreedOn: row.agreed_on,
    agreedAt: row.agreed_at,
    achieved: row.achieved,
  };
}

export function presentContact(row: {
  id: string;
  occurred_on: string;
  kind: string;
  note: string | null;
  recorded_by_name: string | null;
}): Out<typeof ContactView> {
  return {
    id: row.id,
    occurredOn: row.occurred_on,
    kind: row.kind as Out<typeof ContactView>['kind'],
    note: row.note,
    recordedByName: row.recorded_by_name,
  };
}
