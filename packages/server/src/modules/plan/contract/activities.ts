// Part of the plan contract (see overview.ts): activities and the plan's history.
import { da } from '@helhed/core';
import { z } from 'zod';
import { DaySchema } from '../../../platform/contract/fields.ts';
import { PageLimit, PageOffset } from '../../../platform/contract/paging.ts';
import { optionalText, shortList, text, timestamp } from './shared.ts';

// ---- activities -----------------------------------------------------------------------------

export const TargetGroupView = z.object({
  description: z.string(),
  areaSlug: z.string().nullable(),
  count: z.number().int().nullable(),
  asWritten: z.string().nullable(),
  source: z.string().nullable(),
});

export const CourseSessionView = z.object({
  number: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  topics: z.array(z.string()),
});

export const ActivitySummary = z.object({
  id: z.uuid(),
  slug: z.string().nullable(),
  name: z.string(),
  focusAreaSlug: z.string(),
  focusAreaName: z.string(),
  format: z.string().nullable(),
  weeklyStaffHours: z.number().nullable(),
});

export const ActivityList = z.object({ activities: z.array(ActivitySummary) });

export const ActivityView = ActivitySummary.extend({
  purposesIntro: z.string().nullable(),
  purposes: z.array(z.string()),
  /** The plan's description of the target group. */
  targetGroup: z.string().nullable(),
  targetGroups: z.array(TargetGroupView),
  targetTotal: z
    .object({
      count: z.number().int().nullable(),
      asWritten: z.string().nullable(),
      note: z.string().nullable(),
    })
    .nullable(),
  ageRanges: z.array(z.string()),
  formatReason: z.string().nullable(),
  referralSources: z.array(z.string()),
  referralEvidence: z.array(z.string()),
  recruitment: z.string().nullable(),
  partners: z.array(z.string()),
  sessionStructure: z.string().nullable(),
  sessions: z.array(CourseSessionView),
  afterCourse: z.string().nullable(),
  evaluation: z.string().nullable(),
  responsible: z.string().nullable(),
  notes: z.array(z.string()),
  source: z.string().nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const ActivityParams = z.object({ activityId: z.uuid({ error: da.validation.invalidUuid }) });

const activityFields = {
  name: z
    .string()
    .trim()
    .min(1, { error: da.planApi.nameRequired })
    .max(300, { error: da.validation.tooLong }),
  focusAreaSlug: z.string().trim().min(1, { error: da.planApi.unknownFocusArea }).max(200),
  purposes: shortList(text(1000)),
  targetGroup: optionalText(),
  targetGroups: z
    .array(
      z.strictObject({
        description: text(500),
        areaSlug: z.string().trim().max(200).nullable(),
        count: z
          .number({ error: da.planApi.countInvalid })
          .int({ error: da.planApi.countInvalid })
          .min(0, { error: da.planApi.countInvalid })
          .max(1_000_000, { error: da.planApi.countTooLarge })
          .nullable(),
      }),
    )
    .max(100, { error: da.planApi.tooMany }),
  referralSources: shortList(text(300)),
  partners: shortList(text(300)),
  format: optionalText(200),
  sessions: z
    .array(
      z.strictObject({
        number: z
          .number({ error: da.planApi.sessionNumberInvalid })
          .int({ error: da.planApi.sessionNumberInvalid })
          .min(1, { error: da.planApi.sessionNumberInvalid })
          .max(1000, { error: da.planApi.sessionNumberInvalid }),
        title: text(300),
        description: optionalText().optional(),
      }),
    )
    .max(100, { error: da.planApi.tooMany })
    .refine((list) => new Set(list.map((s) => s.number)).size === list.length, {
      error: da.planApi.sessionNumbersDuplicate,
    }),
  weeklyStaffHours: z
    .number({ error: da.planApi.hoursInvalid })
    .min(0, { error: da.planApi.hoursInvalid })
    .max(10000, { error: da.planApi.hoursInvalid })
    .nullable(),
};

/** New activity. Lists default to empty; a retry with the same clientKey returns the first result. */
export const CreateActivityBody = z.strictObject({
  clientKey: z.uuid({ error: da.validation.invalidUuid }),
  name: activityFields.name,
  focusAreaSlug: activityFields.focusAreaSlug,
  purposes: activityFields.purposes.default([]),
  targetGroup: activityFields.targetGroup.default(null),
  targetGroups: activityFields.targetGroups.default([]),
  referralSources: activityFields.referralSources.default([]),
  partners: activityFields.partners.default([]),
  format: activityFields.format.default(null),
  sessions: activityFields.sessions.default([]),
  weeklyStaffHours: activityFields.weeklyStaffHours.default(null),
});
export type CreateActivityInput = z.infer<typeof CreateActivityBody>;

/**
 * Changes only the fields sent; a list sent is the whole new list. Target groups and sessions are
 * matched with the stored rows (sessions by number), so an unchanged row keeps its source and topics.
 */
export const PatchActivityBody = z
  .strictObject({
    name: activityFields.name.optional(),
    focusAreaSlug: activityFields.focusAreaSlug.optional(),
    purposes: activityFields.purposes.optional(),
    targetGroup: activityFields.targetGroup.optional(),
    targetGroups: activityFields.targetGroups.optional(),
    referralSources: activityFields.referralSources.optional(),
    partners: activityFields.partners.optional(),
    format: activityFields.format.optional(),
    sessions: activityFields.sessions.optional(),
    weeklyStaffHours: activityFields.weeklyStaffHours.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { error: da.planApi.nothingToChange });
export type PatchActivityInput = z.infer<typeof PatchActivityBody>;
// ---- history ----------------------------------------------------------------------------------

export const CHANGE_ENTITY_TYPES = [
  'subAgreement',
  'activity',
  'activityPurpose',
  'activityTargetGroup',
  'activityReferralSource',
  'activityPartner',
  'activitySession',
  'goal',
  'indicator',
  'baseline',
  'indicatorValue',
] as const;

export const ChangesQuery = z.object({
  limit: PageLimit,
  offset: PageOffset,
  /** Only the changes made after this Danish calendar day (what changed since the delaftaler as of it). */
  after: DaySchema.optional(),
});

export const ChangeView = z.object({
  id: z.string(),
  occurredAt: timestamp,
  /** E-mail of the user, or e.g. 'system:seed' for the first load. */
  actorEmail: z.string(),
  entityType: z.enum(CHANGE_ENTITY_TYPES),
  entityId: z.string(),
  /** A readable name: the activity, the sub-agreement, or 'indicator – area – year'. */
  entityLabel: z.string().nullable(),
  /** The record a child row belongs to: the activity of a purpose, the indicator of a value. */
  parentEntityId: z.string().nullable(),
  operation: z.enum(['create', 'update', 'delete']),
  changedFields: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
});

export const ChangeList = z.object({ changes: z.array(ChangeView), total: z.number().int() });
