import { CONTACT_KINDS, OUTCOMES, REFERRAL_SOURCES } from '@helhed/core';
import { z } from 'zod';
import { Total } from '../../../platform/contract/paging.ts';
import { CASE_STATUSES, DECISIONS, GENDERS } from './shared.ts';

const Day = z.string();
const Instant = z.iso.datetime({ offset: true });

export const ConsentView = z.object({
  id: z.uuid(),
  givenOn: Day,
  recordedByName: z.string().nullable(),
  forRegistration: z.boolean(),
  forStatistics: z.boolean(),
  forPartnerContact: z.boolean(),
  partnerNames: z.string().nullable(),
  withdrawnOn: Day.nullable(),
  /** Who recorded the withdrawal (staff); kept with the proof of consent after erasure. */
  withdrawnByName: z.string().nullable(),
  /** Written by a merge: the narrowing to what both records allowed, not a consent the person gave. */
  fromMerge: z.boolean(),
});

export const ReferralView = z.object({
  id: z.uuid(),
  participantId: z.uuid(),
  source: z.enum(REFERRAL_SOURCES),
  sourceOther: z.string().nullable(),
  referredOn: Day,
  reason: z.string().nullable(),
  activityId: z.uuid(),
  activityName: z.string(),
  decision: z.enum(DECISIONS),
  decidedOn: Day.nullable(),
});

export const CaseSummaryView = z.object({
  id: z.uuid(),
  participantId: z.uuid().nullable(),
  participantName: z.string().nullable(),
  activityId: z.uuid(),
  activityName: z.string(),
  teamId: z.uuid(),
  teamName: z.string(),
  responsibleUserId: z.uuid().nullable(),
  responsibleName: z.string().nullable(),
  areaId: z.uuid().nullable(),
  referralId: z.uuid().nullable(),
  startedOn: Day,
  status: z.enum(CASE_STATUSES),
  endedOn: Day.nullable(),
  outcome: z.enum(OUTCOMES).nullable(),
});

export const GoalView = z.object({
  id: z.uuid(),
  text: z.string(),
  agreedOn: Day,
  agreedAt: z.string().nullable(),
  achieved: z.boolean(),
  /** The day the goal was reached; null if not reached, or reached before days were recorded. */
  achievedOn: Day.nullable(),
});

export const ContactView = z.object({
  id: z.uuid(),
  occurredOn: Day,
  kind: z.enum(CONTACT_KINDS),
  note: z.string().nullable(),
  recordedByName: z.string().nullable(),
});

const ContactValuesView = z.object({
  occurredOn: Day,
  kind: z.enum(CONTACT_KINDS),
  note: z.string().nullable(),
});

/** A correction (before → after) or removal (before) of a logged contact, with the reason. */
export const ContactRevisionView = z.object({
  id: z.uuid(),
  contactId: z.uuid(),
  change: z.enum(['edit', 'remove']),
  reason: z.string(),
  before: ContactValuesView,
  after: ContactValuesView.nullable(),
  changedByName: z.string().nullable(),
  changedAt: z.string(),
});

export const CaseDetailView = CaseSummaryView.extend({
  goals: z.array(GoalView),
  contacts: z.array(ContactView),
  contactRevisions: z.array(ContactRevisionView),
});

export const ParticipantSummaryView = z.object({
  id: z.uuid(),
  displayName: z.string().nullable(),
  birthYear: z.number().int().nullable(),
  gender: z.enum(GENDERS).nullable(),
  areaId: z.uuid().nullable(),
  areaName: z.string().nullable(),
  departmentId: z.uuid().nullable(),
  departmentName: z.string().nullable(),
  contact: z.string().nullable(),
  teamId: z.uuid(),
  teamName: z.string(),
  createdAt: Instant,
  erasedAt: Instant.nullable(),
});

const ReferralValuesView = z.object({
  source: z.enum(REFERRAL_SOURCES),
  sourceOther: z.string().nullable(),
  text: z.string().nullable(),
});

/** A correction of a referral's source and text, newest first. */
export const ReferralRevisionView = z.object({
  id: z.uuid(),
  referralId: z.uuid(),
  reason: z.string(),
  before: ReferralValuesView,
  after: ReferralValuesView,
  changedByName: z.string().nullable(),
  changedAt: z.string(),
});

export const ParticipantDetailView = ParticipantSummaryView.extend({
  consents: z.array(ConsentView),
  referrals: z.array(ReferralView),
  referralRevisions: z.array(ReferralRevisionView),
  cases: z.array(CaseSummaryView),
  shares: z.array(z.object({ userId: z.uuid(), displayName: z.string() })),
});

export const ParticipantList = z.object({ participants: z.array(ParticipantSummaryView), total: Total });
/** At most five, most likely first: not a search, so no total. */
export const LikelyDuplicates = z.object({ participants: z.array(ParticipantSummaryView) });
export const CaseList = z.object({ cases: z.array(CaseSummaryView), total: Total });

export const TeamView = z.object({ id: z.uuid(), name: z.string() });
export const TeamList = z.object({ teams: z.array(TeamView) });

export const RegistrationOptions = z.object({
  areas: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      departments: z.array(z.object({ id: z.uuid(), name: z.string() })),
    }),
  ),
  activities: z.array(z.object({ id: z.uuid(), name: z.string() })),
  teams: z.array(TeamView),
  colleagues: z.array(z.object({ id: z.uuid(), displayName: z.string(), teamId: z.uuid().nullable() })),
  myTeamId: z.uuid().nullable(),
  myUserId: z.uuid(),
});

/** Art. 15: everything held about one participant (GET /participants/:id/export). */
export const ExportView = z.object({
  exportedAt: z.string(),
  participant: ParticipantDetailView.omit({ cases: true }),
  cases: z.array(CaseDetailView),
  groupCourses: z.array(
    z.object({
      title: z.string(),
      enrolledOn: z.string(),
      sessionsAttended: z.number().int(),
      completed: z.boolean(),
      diplomaOn: z.string().nullable(),
    }),
  ),
  volunteering: z.array(z.object({ startedOn: z.string(), endedOn: z.string().nullable() })),
  /** Records of the same person merged into this one: their own data and consents (issue 17). */
  mergedRecords: z.array(
    z.object({
      participantId: z.uuid(),
      displayName: z.string().nullable(),
      birthYear: z.number().int().nullable(),
      createdAt: z.string(),
      mergedAt: z.string(),
      reason: z.string().nullable(),
      consents: z.array(ConsentView),
    }),
  ),
  accessLog: z.array(
    z.object({
      occurredAt: z.string(),
      action: z.string(),
      entityType: z.string(),
      purpose: z.string().nullable(),
    }),
  ),
});

export type Consent = z.output<typeof ConsentView>;
export type Referral = z.output<typeof ReferralView>;
export type CaseSummary = z.output<typeof CaseSummaryView>;
export type Goal = z.output<typeof GoalView>;
export type Contact = z.output<typeof ContactView>;
export type ReferralRevision = z.output<typeof ReferralRevisionView>;
export type ContactRevision = z.output<typeof ContactRevisionView>;
export type CaseDetail = z.output<typeof CaseDetailView>;
export type ParticipantSummary = z.output<typeof ParticipantSummaryView>;
export type ParticipantDetail = z.output<typeof ParticipantDetailView>;
export type Team = z.output<typeof TeamView>;
export type RegistrationChoices = z.output<typeof RegistrationOptions>;
export type ParticipantExport = z.output<typeof ExportView>;
