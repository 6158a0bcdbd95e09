import type { z } from 'zod';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type {
  CaseDetailView,
  CaseSummaryView,
  ConsentView,
  ContactRevisionView,
  ContactView,
  GoalView,
  ParticipantDetailView,
  ParticipantSummaryView,
  ReferralRevisionView,
  ReferralView,
} from '../contract/views.ts';
import type { CaseRow } from '../queries/cases.ts';
import type { ParticipantRow } from '../queries/participants.ts';
import type { ReferralRow } from '../queries/referrals.ts';
import type { ContactValues, ReferralValues } from '../tables.ts';

type Out<T extends z.ZodType> = z.infer<T>;

/** Every participant shown is a read of personal data in the audit log. */
export function presentParticipant(
  ctx: RequestContext,
  row: ParticipantRow,
): Out<typeof ParticipantSummaryView> {
  ctx.audit.read('participant', row.id, 'casework');
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

export function presentCase(ctx: RequestContext, row: CaseRow): Out<typeof CaseSummaryView> {
  ctx.audit.read('support_case', row.id, 'casework');
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

export function presentReferralRevision(row: {
  id: string;
  referral_id: string;
  reason: string;
  before: ReferralValues;
  after: ReferralValues;
  changed_by_name: string | null;
  changed_at: Date;
}): Out<typeof ReferralRevisionView> {
  const values = (v: ReferralValues) => ({
    source: v.source as Out<typeof ReferralView>['source'],
    sourceOther: v.sourceOther,
    text: v.text,
  });
  return {
    id: row.id,
    referralId: row.referral_id,
    reason: row.reason,
    before: values(row.before),
    after: values(row.after),
    changedByName: row.changed_by_name,
    changedAt: row.changed_at.toISOString(),
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
  merge_id?: string | null;
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
    fromMerge: Boolean(row.merge_id),
  };
}

export function presentGoal(row: {
  id: string;
  text: string;
  agreed_on: string;
  agreed_at: string | null;
  achieved: boolean;
  achieved_on: string | null;
}): Out<typeof GoalView> {
  return {
    id: row.id,
    text: row.text,
    agreedOn: row.agreed_on,
    agreedAt: row.agreed_at,
    achieved: row.achieved,
    achievedOn: row.achieved_on,
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

/** One participant with consents, referrals, forløb and shares: the participant and each forløb are reads. */
export function presentParticipantDetail(
  ctx: RequestContext,
  row: ParticipantRow,
  parts: {
    consents: Parameters<typeof presentConsent>[0][];
    referrals: ReferralRow[];
    referralRevisions: Parameters<typeof presentReferralRevision>[0][];
    cases: CaseRow[];
    shares: Array<{ user_id: string; display_name: string }>;
  },
): Out<typeof ParticipantDetailView> {
  return {
    ...presentParticipant(ctx, row),
    consents: parts.consents.map(presentConsent),
    referrals: parts.referrals.map(presentReferral),
    referralRevisions: parts.referralRevisions.map(presentReferralRevision),
    cases: parts.cases.map((c) => presentCase(ctx, c)),
    shares: parts.shares.map((s) => ({ userId: s.user_id, displayName: s.display_name })),
  };
}

/** One forløb with goals and contacts; it shows its participant's name, so that is a read too. */
export function presentCaseDetail(
  ctx: RequestContext,
  row: CaseRow,
  goals: Parameters<typeof presentGoal>[0][],
  contacts: Parameters<typeof presentContact>[0][],
  revisions: Parameters<typeof presentContactRevision>[0][],
): Out<typeof CaseDetailView> {
  if (row.participant_id) ctx.audit.read('participant', row.participant_id, 'casework');
  return {
    ...presentCase(ctx, row),
    goals: goals.map(presentGoal),
    contacts: contacts.map(presentContact),
    contactRevisions: revisions.map(presentContactRevision),
  };
}

export function presentContactRevision(row: {
  id: string;
  contact_id: string;
  change: string;
  reason: string;
  before: ContactValues;
  after: ContactValues | null;
  changed_by_name: string | null;
  changed_at: Date;
}): Out<typeof ContactRevisionView> {
  const values = (v: ContactValues) => ({ ...v, kind: v.kind as Out<typeof ContactView>['kind'] });
  return {
    id: row.id,
    contactId: row.contact_id,
    change: row.change as 'edit' | 'remove',
    reason: row.reason,
    before: values(row.before),
    after: row.after === null ? null : values(row.after),
    changedByName: row.changed_by_name,
    changedAt: row.changed_at.toISOString(),
  };
}
