import { CONTACT_KINDS, da, OUTCOMES, REFERRAL_SOURCES } from '@helhed/core';
import { z } from 'zod';
import {
  ClientKeySchema,
  choice,
  DaySchema,
  freeText,
  IdSchema,
  optionalText,
} from '../../../platform/contract/fields.ts';
import { pagedQuery } from '../../../platform/contract/paging.ts';
import {
  CASE_SORTS,
  CASE_STATUSES,
  DECISIONS,
  GENDERS,
  PARTICIPANT_SORTS,
  PARTICIPANT_STATUSES,
} from './shared.ts';

const t = da.registration.errors;

export const BirthYearSchema = z
  .number({ error: t.birthYearInvalid })
  .int({ error: t.birthYearInvalid })
  .min(1900, { error: t.birthYearInvalid })
  .refine((year) => year <= new Date().getUTCFullYear(), { error: t.birthYearInvalid });

export const ConsentBody = z
  .strictObject({
    givenOn: DaySchema,
    forRegistration: z.literal(true, { error: t.consentRequired }),
    forStatistics: z.boolean({ error: t.invalidChoice }),
    forPartnerContact: z.boolean({ error: t.invalidChoice }),
    partnerNames: optionalText(500),
  })
  .superRefine((consent, ctx) => {
    if (consent.forPartnerContact && !consent.partnerNames) {
      ctx.addIssue({ code: 'custom', path: ['partnerNames'], message: t.partnerNamesRequired });
    }
  });

export const CreateParticipantBody = z.strictObject({
  clientKey: ClientKeySchema,
  displayName: freeText(200),
  birthYear: BirthYearSchema.nullable().optional(),
  gender: choice(GENDERS),
  areaId: IdSchema.nullable().optional(),
  departmentId: IdSchema.nullable().optional(),
  contact: optionalText(300),
  teamId: IdSchema.nullable().optional(),
  consent: ConsentBody,
});
export type CreateParticipantInput = z.infer<typeof CreateParticipantBody>;

export const UpdateParticipantBody = z.strictObject({
  displayName: freeText(200).optional(),
  birthYear: BirthYearSchema.nullable().optional(),
  gender: choice(GENDERS).optional(),
  areaId: IdSchema.nullable().optional(),
  departmentId: IdSchema.nullable().optional(),
  contact: optionalText(300).optional(),
});
export type UpdateParticipantInput = z.infer<typeof UpdateParticipantBody>;

export const WithdrawConsentBody = z.strictObject({ withdrawnOn: DaySchema });
export const EraseBody = z.strictObject({ confirm: z.literal(true) });
export const ShareBody = z.strictObject({ userId: IdSchema });

export const ReferralBody = z
  .strictObject({
    clientKey: ClientKeySchema,
    source: choice(REFERRAL_SOURCES),
    sourceOther: optionalText(200),
    referredOn: DaySchema,
    reason: optionalText(2000),
    activityId: IdSchema,
    decision: choice(DECISIONS).default('pending'),
    decidedOn: DaySchema.nullable().optional(),
  })
  .superRefine((body, ctx) => {
    if (body.decidedOn && body.decidedOn < body.referredOn) {
      ctx.addIssue({ code: 'custom', path: ['decidedOn'], message: t.endBeforeStart });
    }
  });
export type ReferralInput = z.infer<typeof ReferralBody>;

/** A referral's source and text as they should have been (`text` is the referral's reason), and why. */
export const ReferralCorrectionBody = z.strictObject({
  source: choice(REFERRAL_SOURCES),
  sourceOther: optionalText(200),
  text: optionalText(2000),
  reason: freeText(500),
});
export type ReferralCorrectionInput = z.infer<typeof ReferralCorrectionBody>;

export const DecideReferralBody = z.strictObject({
  decision: choice(DECISIONS),
  decidedOn: DaySchema,
});

export const GoalBody = z.strictObject({
  text: freeText(500),
  agreedOn: DaySchema,
  agreedAt: optionalText(200),
});
export type GoalInput = z.infer<typeof GoalBody>;

/** A goal reached on a day, or (null) not reached after all. */
export const GoalReachedBody = z.strictObject({ achievedOn: DaySchema.nullable() });
export const GoalParams = z.strictObject({ id: z.uuid(), goalId: z.uuid() });
export const ContactParams = z.strictObject({ id: z.uuid(), contactId: z.uuid() });

export const CreateCaseBody = z.strictObject({
  clientKey: ClientKeySchema,
  participantId: IdSchema.nullable().optional(),
  referralId: IdSchema.nullable().optional(),
  activityId: IdSchema,
  areaId: IdSchema.nullable().optional(),
  teamId: IdSchema.nullable().optional(),
  responsibleUserId: IdSchema.nullable().optional(),
  startedOn: DaySchema,
  goals: z.array(GoalBody, { error: t.invalidChoice }).max(20, { error: t.tooLong }).default([]),
});
export type CreateCaseInput = z.infer<typeof CreateCaseBody>;

export const ContactBody = z.strictObject({
  clientKey: ClientKeySchema,
  occurredOn: DaySchema,
  kind: choice(CONTACT_KINDS),
  note: optionalText(2000),
});
export type ContactInput = z.infer<typeof ContactBody>;

/** A logged contact as it should have been, and why it is corrected. */
export const ContactCorrectionBody = z.strictObject({
  occurredOn: DaySchema,
  kind: choice(CONTACT_KINDS),
  note: optionalText(2000),
  reason: freeText(500),
});
export type ContactCorrectionInput = z.infer<typeof ContactCorrectionBody>;

export const ContactRemovalBody = z.strictObject({ reason: freeText(500) });

export const CaseStatusBody = z.strictObject({ status: choice(['open', 'retention'] as const) });

export const CloseCaseBody = z.strictObject({
  endedOn: DaySchema,
  outcome: choice(OUTCOMES),
});

export const CaseListQuery = z.strictObject({
  ...pagedQuery(CASE_SORTS, { sort: 'started', dir: 'desc' }),
  scope: choice(['mine', 'team', 'all'] as const).default('all'),
  status: choice(CASE_STATUSES).optional(),
  activityId: IdSchema.optional(),
});

const BirthYearFilter = z.coerce
  .number({ error: t.birthYearInvalid })
  .int({ error: t.birthYearInvalid })
  .min(1900, { error: t.birthYearInvalid })
  .max(2100, { error: t.birthYearInvalid });

export const ParticipantListQuery = z.strictObject({
  ...pagedQuery(PARTICIPANT_SORTS),
  birthYear: BirthYearFilter.optional(),
  areaId: IdSchema.optional(),
  teamId: IdSchema.optional(),
  activityId: IdSchema.optional(),
  status: choice(PARTICIPANT_STATUSES).optional(),
});

/** What the worker has typed for a new participant: the likely duplicates are asked for by it. */
export const DuplicateQuery = z.strictObject({
  displayName: freeText(200),
  birthYear: BirthYearFilter.optional(),
  areaId: IdSchema.optional(),
});

export const CreateTeamBody = z.strictObject({
  clientKey: z.uuid(),
  // freeText strips control characters: PostgreSQL refuses a NUL in text (was a 500).
  name: freeText(200),
});
