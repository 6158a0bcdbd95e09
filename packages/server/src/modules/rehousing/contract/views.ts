import { z } from 'zod';
import { Total } from '../../../platform/contract/paging.ts';
import {
  EVENT_TYPES,
  FOLLOWUP_KINDS,
  HOUSEHOLD_STATUSES,
  PHASE_KINDS,
  REHOUSING_TYPES,
} from './vocabularies.ts';

// Response shapes of the genhusning API (also the OpenAPI document).

const SafeCount = z.union([z.number(), z.literal('x')]);
const Cells = z.object({ moved: SafeCount, offered: SafeCount, declined: SafeCount, waiting: SafeCount });

export const PhaseList = z.object({
  phases: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      kind: z.enum(PHASE_KINDS),
      areaId: z.string().nullable(),
      areaName: z.string().nullable(),
      departmentId: z.string().nullable(),
      departmentName: z.string().nullable(),
      buildings: z.string().nullable(),
      vacateOn: z.string().nullable(),
      homes: z.number(),
    }),
  ),
  areas: z.array(z.object({ id: z.string(), name: z.string() })),
  departments: z.array(z.object({ id: z.string(), name: z.string(), areaId: z.string() })),
});

export const Created = z.object({ id: z.string().nullable() });

export const StatusView = z.object({
  table: z.object({
    date: z.string(),
    phaseId: z.string().nullable(),
    exact: z.boolean(),
    threshold: z.number(),
    cells: Cells,
    total: SafeCount,
  }),
  series: z.array(z.object({ date: z.string(), cells: Cells, total: SafeCount })),
  progress: z.object({
    date: z.string(),
    phaseId: z.string().nullable(),
    targets: z.object({ homes: z.number(), residents: z.number() }),
    homesVacated: SafeCount,
    residentsMoved: SafeCount,
    medianDaysToMove: z.number().nullable(),
    declineReasons: z.array(z.object({ reason: z.string(), count: SafeCount })),
  }),
});

export const HouseholdView = z.object({
  id: z.string(),
  phaseId: z.string(),
  phaseName: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  responsibleUserId: z.string().nullable(),
  responsibleName: z.string().nullable(),
  contactName: z.string().nullable(),
  contactInfo: z.string().nullable(),
  adults: z.number(),
  children0to5: z.number(),
  children6to17: z.number(),
  persons: z.number(),
  currentAddress: z.string().nullable(),
  rehousingType: z.enum(REHOUSING_TYPES),
  wishAreas: z.string().nullable(),
  wishRooms: z.number().nullable(),
  wishFloor: z.string().nullable(),
  wishPets: z.boolean(),
  wishAccessible: z.boolean(),
  specialNeeds: z.string().nullable(),
  specialNeedsConsentOn: z.string().nullable(),
  participantId: z.string().nullable(),
  status: z.enum(HOUSEHOLD_STATUSES).nullable(),
  erasedAt: z.string().nullable(),
});

export const HouseholdList = z.object({ households: z.array(HouseholdView), total: Total });

export const HouseholdDetail = z.object({
  household: HouseholdView,
  events: z.array(
    z.object({
      id: z.string(),
      type: z.enum(EVENT_TYPES),
      occurredOn: z.string(),
      offerId: z.string().nullable(),
      organisation: z.string().nullable(),
      departmentName: z.string().nullable(),
      address: z.string().nullable(),
      rooms: z.number().nullable(),
      rentKr: z.number().nullable(),
      answerDeadline: z.string().nullable(),
      moveKind: z.string().nullable(),
      returnExpectedOn: z.string().nullable(),
      voidsEventId: z.string().nullable(),
      reason: z.string().nullable(),
      recordedBy: z.string().nullable(),
      recordedAt: z.string(),
      voided: z.boolean(),
    }),
  ),
  letters: z.array(
    z.object({
      id: z.string(),
      offerId: z.string(),
      method: z.string(),
      sentTo: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
  followups: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(FOLLOWUP_KINDS),
      occurredOn: z.string(),
      connection: z.string().nullable(),
      note: z.string().nullable(),
      referralId: z.string().nullable(),
      recordedBy: z.string().nullable(),
    }),
  ),
});

export const ReferralResult = z.object({ participantId: z.string(), referralId: z.string() });
export const ImportResult = z.object({ imported: z.number() });
export const TemplateView = z.object({
  subject: z.string(),
  body: z.string(),
  isDefault: z.boolean(),
  placeholders: z.array(z.string()),
  smtp: z.boolean(),
});
export const LetterPreview = z.object({
  subject: z.string(),
  body: z.string(),
  email: z.string().nullable(),
});
export const LetterSent = z.object({ method: z.string(), sentTo: z.string().nullable() });
/** A binary download (PDF, XLSX, CSV): no JSON schema applies. */
export const Binary = z.any();

export const HouseholdExport = HouseholdDetail.extend({
  exportedAt: z.string(),
  accessLog: z.array(
    z.object({
      occurredAt: z.string(),
      action: z.string(),
      entityType: z.string(),
      purpose: z.string().nullable(),
    }),
  ),
});
