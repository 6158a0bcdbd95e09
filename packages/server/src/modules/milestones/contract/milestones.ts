// The milepælsplan's API (issue 23, item 3), re-exported for the web and the CLI by
// src/contracts/milestones.ts. All routes are under /api/v1/milestones; the plan is the session's.
//
//   GET    ''                   -> MilestoneList          (admin, leader, worker, reader)
//   GET    /status              -> MilestoneStatus        (the plan overview's counts and next ones)
//   GET    /export?format=      -> XLSX or PDF file       (the milepælsplan)
//   GET    /responsibles        -> ResponsibleList        (admin, leader: who may be responsible)
//   POST   ''                   CreateMilestoneBody -> 201 MilestoneView (200 on a clientKey replay)
//   PATCH  /:id                 PatchMilestoneBody -> MilestoneView
//   DELETE /:id                 -> 204
// A milestone shows one status: 'done' when recorded done; else 'late' when its date has passed or
// a leader marked it late (recordedStatus 'late'); else 'not_started'.
import { da } from '@helhed/core';
import { z } from 'zod';
import { ClientKeySchema, choice, DaySchema, freeText, IdSchema } from '../../../platform/contract/fields.ts';

export const MILESTONE_STATUSES = ['not_started', 'late', 'done'] as const;
export type MilestoneStatusKey = (typeof MILESTONE_STATUSES)[number];
export const LATE_REASONS = ['overdue', 'marked'] as const;
export const MILESTONE_EXPORT_FORMATS = ['xlsx', 'pdf'] as const;

const timestamp = z.iso.datetime({ offset: true });
const day = z.iso.date();

export const MilestoneView = z.object({
  id: z.uuid(),
  subAgreementId: z.uuid(),
  subAgreementName: z.string(),
  focusAreaSlug: z.string(),
  focusAreaName: z.string(),
  activityId: z.uuid().nullable(),
  activityName: z.string().nullable(),
  dueOn: day,
  text: z.string(),
  responsible: z.object({ id: z.uuid(), name: z.string() }),
  /** What the leader recorded: not started, marked late, or done. */
  recordedStatus: z.enum(MILESTONE_STATUSES),
  /** What the plan shows: done, late (marked, or the date has passed) or not started. */
  status: z.enum(MILESTONE_STATUSES),
  /** Why a late milestone is late; null unless status is 'late'. */
  lateReason: z.enum(LATE_REASONS).nullable(),
  doneOn: day.nullable(),
  updatedAt: timestamp,
});

export const SubAgreementChoice = z.object({
  id: z.uuid(),
  name: z.string(),
  focusAreaSlug: z.string(),
  focusAreaName: z.string(),
  activities: z.array(z.object({ id: z.uuid(), name: z.string() })),
});

export const MilestoneList = z.object({
  /** The day the statuses are computed for (today in Denmark). */
  asOf: day,
  milestones: z.array(MilestoneView),
  /** Every delaftale of the plan with its indsatsområde's activities, in the plan's order. */
  subAgreements: z.array(SubAgreementChoice),
});

export const MilestoneStatus = z.object({
  asOf: day,
  total: z.number().int(),
  done: z.number().int(),
  late: z.number().int(),
  notStarted: z.number().int(),
  /** The first open milestones by date (late ones first), at most five. */
  next: z.array(MilestoneView),
});

export const ResponsibleList = z.object({
  users: z.array(z.object({ id: z.uuid(), name: z.string(), role: z.string() })),
});

export const MilestoneParams = z.strictObject({ id: z.uuid({ error: da.validation.invalidUuid }) });

export const CreateMilestoneBody = z.strictObject({
  clientKey: ClientKeySchema,
  subAgreementId: IdSchema,
  activityId: IdSchema.nullable().optional(),
  dueOn: DaySchema,
  text: freeText(500),
  responsibleUserId: IdSchema,
});
export type CreateMilestoneInput = z.infer<typeof CreateMilestoneBody>;

export const PatchMilestoneBody = z
  .strictObject({
    subAgreementId: IdSchema.optional(),
    activityId: IdSchema.nullable().optional(),
    dueOn: DaySchema.optional(),
    text: freeText(500).optional(),
    responsibleUserId: IdSchema.optional(),
    status: choice(MILESTONE_STATUSES).optional(),
    /** When a milestone was reached; today when status becomes 'done' without it. */
    doneOn: DaySchema.nullable().optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { error: da.milestones.errors.nothingToChange });
export type PatchMilestoneInput = z.infer<typeof PatchMilestoneBody>;

export const MilestoneExportQuery = z.strictObject({ format: choice(MILESTONE_EXPORT_FORMATS) });
