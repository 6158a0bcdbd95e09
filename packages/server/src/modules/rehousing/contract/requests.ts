import { da } from '@helhed/core';
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
  CONNECTIONS,
  FOLLOWUP_KINDS,
  HOUSEHOLD_STATUSES,
  PHASE_KINDS,
  REHOUSING_TYPES,
} from './vocabularies.ts';

const t = da.rehousing.errors;
const count = z.number().int().min(0).max(20);

export const CreatePhaseBody = z.strictObject({
  clientKey: ClientKeySchema,
  name: freeText(200),
  kind: choice(PHASE_KINDS),
  areaId: IdSchema.nullable().optional(),
  departmentId: IdSchema.nullable().optional(),
  buildings: optionalText(500),
  vacateOn: DaySchema.nullable().optional(),
  homes: z.number().int().min(0).max(100000),
});
export type CreatePhaseInput = z.infer<typeof CreatePhaseBody>;

const householdFields = {
  responsibleUserId: IdSchema.nullable().optional(),
  contactName: freeText(200),
  contactInfo: optionalText(300),
  adults: count,
  children0to5: count.optional(),
  children6to17: count.optional(),
  currentAddress: optionalText(300),
  rehousingType: choice(REHOUSING_TYPES),
  wishAreas: optionalText(500),
  wishRooms: z.number().int().min(1).max(10).nullable().optional(),
  wishFloor: optionalText(100),
  wishPets: z.boolean().optional(),
  wishAccessible: z.boolean().optional(),
  specialNeeds: optionalText(2000),
  specialNeedsConsentOn: DaySchema.nullable().optional(),
};

function needsConsent(
  value: { specialNeeds?: string | null; specialNeedsConsentOn?: string | null },
  ctx: z.RefinementCtx,
) {
  if (value.specialNeeds && !value.specialNeedsConsentOn) {
    ctx.addIssue({ code: 'custom', path: ['specialNeedsConsentOn'], message: t.needsConsent });
  }
}

export const CreateHouseholdBody = z
  .strictObject({
    clientKey: ClientKeySchema,
    phaseId: IdSchema,
    teamId: IdSchema.nullable().optional(),
    registeredOn: DaySchema,
    ...householdFields,
  })
  .superRefine(needsConsent);
export type CreateHouseholdInput = z.infer<typeof CreateHouseholdBody>;

export const UpdateHouseholdBody = z
  .strictObject({
    responsibleUserId: householdFields.responsibleUserId,
    contactName: freeText(200).optional(),
    contactInfo: householdFields.contactInfo,
    adults: count.optional(),
    children0to5: count.optional(),
    children6to17: count.optional(),
    currentAddress: householdFields.currentAddress,
    wishAreas: householdFields.wishAreas,
    wishRooms: householdFields.wishRooms,
    wishFloor: householdFields.wishFloor,
    wishPets: z.boolean().optional(),
    wishAccessible: z.boolean().optional(),
    specialNeeds: householdFields.specialNeeds,
    specialNeedsConsentOn: householdFields.specialNeedsConsentOn,
  })
  .superRefine(needsConsent);
export type UpdateHouseholdInput = z.infer<typeof UpdateHouseholdBody>;

const eventBase = { clientKey: ClientKeySchema, occurredOn: DaySchema };

export const EventBody = z.discriminatedUnion('type', [
  z
    .strictObject({
      ...eventBase,
      type: z.literal('offer_made'),
      organisation: freeText(200),
      departmentName: optionalText(200),
      address: optionalText(300),
      rooms: z.number().int().min(1).max(10).nullable().optional(),
      rentKr: z.number().min(0).max(100000).nullable().optional(),
      answerDeadline: DaySchema,
    })
    .refine((v) => v.answerDeadline >= v.occurredOn, {
      path: ['answerDeadline'],
      message: t.deadlineBeforeOffer,
    }),
  z.strictObject({ ...eventBase, type: z.literal('offer_accepted'), offerId: IdSchema }),
  z.strictObject({
    ...eventBase,
    type: z.literal('offer_declined'),
    offerId: IdSchema,
    reason: optionalText(1000),
  }),
  z.strictObject({
    ...eventBase,
    type: z.literal('offer_withdrawn'),
    offerId: IdSchema,
    reason: optionalText(1000),
  }),
  z
    .strictObject({
      ...eventBase,
      type: z.literal('moved'),
      moveKind: choice(REHOUSING_TYPES),
      returnExpectedOn: DaySchema.nullable().optional(),
    })
    .refine((v) => !v.returnExpectedOn || v.returnExpectedOn >= v.occurredOn, {
      path: ['returnExpectedOn'],
      message: t.returnBeforeMove,
    }),
  z.strictObject({ ...eventBase, type: z.literal('returned') }),
  z.strictObject({ ...eventBase, type: z.literal('voided'), voidsEventId: IdSchema, reason: freeText(1000) }),
]);
export type EventInput = z.infer<typeof EventBody>;

export const LetterBody = z.strictObject({ offerId: IdSchema, method: choice(['email', 'print'] as const) });
export const TemplateBody = z.strictObject({ subject: freeText(200), body: freeText(10000) });

export const FollowupBody = z
  .strictObject({
    clientKey: ClientKeySchema,
    kind: choice(FOLLOWUP_KINDS),
    occurredOn: DaySchema,
    connection: choice(CONNECTIONS).nullable().optional(),
    note: optionalText(2000),
  })
  .refine((v) => v.kind !== 'connection' || v.connection, {
    path: ['connection'],
    message: da.registration.errors.invalidChoice,
  });
export type FollowupInput = z.infer<typeof FollowupBody>;

export const HouseholdReferralBody = z.strictObject({
  clientKey: ClientKeySchema,
  activityId: IdSchema,
  referredOn: DaySchema,
  reason: optionalText(2000),
  consentGivenOn: DaySchema,
  forStatistics: z.boolean(),
});
export type HouseholdReferralInput = z.infer<typeof HouseholdReferralBody>;

export const StatusQuery = z.strictObject({
  phaseId: IdSchema.optional(),
  date: DaySchema.optional(),
});
export const ExportQuery = StatusQuery.extend({ format: choice(['csv', 'xlsx', 'pdf'] as const) });
export const HOUSEHOLD_SORTS = ['name', 'phase', 'persons', 'type', 'status', 'responsible'] as const;
/** The household list: by phase and status, the search text in the contact name and the address. */
export const HouseholdListQuery = z.strictObject({
  ...pagedQuery(HOUSEHOLD_SORTS),
  phaseId: IdSchema.optional(),
  status: choice(HOUSEHOLD_STATUSES).optional(),
});
export type HouseholdSearch = z.infer<typeof HouseholdListQuery>;
