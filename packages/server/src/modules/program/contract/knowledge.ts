import { da } from '@helhed/core';
import { z } from 'zod';
import { freeText } from '../../../platform/contract/fields.ts';
import { PageLimit, PageOffset, Total } from '../../../platform/contract/paging.ts';
import { ActivityRef } from './program.ts';

// The knowledge base (videnbase): search, one activity's knowledge, and new entries.
export const KNOWLEDGE_FILE_TYPES = ['application/pdf', 'text/plain'] as const;
export const KNOWLEDGE_FILE_MAX_BYTES = 512 * 1024;
export const ENTRY_KINDS = ['method_note', 'assessment', 'document'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
/** Who assessed an activity: the management, the follow-up group or the board. */
export const ASSESSORS = ['ledelse', 'foelgegruppe', 'bestyrelse'] as const;
export type Assessor = (typeof ASSESSORS)[number];

export const SearchQuery = z.strictObject({
  q: z.string().trim().min(1).max(200),
  focusArea: z.uuid().optional(),
  area: z
    .string()
    .regex(/^[a-z0-9-]{1,100}$/)
    .optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  limit: PageLimit,
  offset: PageOffset,
});

export const SearchHit = z.object({
  kind: z.enum(['activity', 'entry']),
  activity: ActivityRef,
  entryId: z.string().nullable(),
  entryKind: z.enum(ENTRY_KINDS).nullable(),
  title: z.string(),
  /** Plain text; the matched words are wrapped in ‹‹ and ›› for the client to highlight. */
  snippet: z.string(),
  year: z.number().nullable(),
  /** The line of work this activity belongs to: every activity across plans, oldest plan first. */
  lineOfWork: z.array(ActivityRef),
});

export const SearchResult = z.object({ hits: z.array(SearchHit), total: Total });

export const KnowledgeFilters = z.object({
  focusAreas: z.array(z.object({ id: z.string(), name: z.string(), planName: z.string() })),
  areas: z.array(z.object({ slug: z.string(), name: z.string() })),
  years: z.array(z.number()),
});

export const ActivityParams = z.strictObject({ activityId: z.uuid() });
export const EntryParams = z.strictObject({ entryId: z.uuid() });

export const EntryView = z.object({
  id: z.string(),
  kind: z.enum(ENTRY_KINDS),
  assessor: z.enum(ASSESSORS).nullable(),
  year: z.number(),
  title: z.string(),
  body: z.string(),
  file: z.object({ name: z.string(), type: z.string(), size: z.number() }).nullable(),
  createdAt: z.string(),
});

export const CourseEvaluationView = z.object({
  title: z.string(),
  kind: z.enum(['course', 'group', 'event']),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  /** null when the text looks like it holds personal data: then it is not shown here. */
  evaluation: z.string().nullable(),
  withheld: z.boolean(),
  /** False: not published by a leader, shown only inside the course's team scope (decision 0018). */
  published: z.boolean(),
  enrolled: z.union([z.number(), z.string()]),
});

const EntryTextView = z.object({ title: z.string(), body: z.string(), year: z.number() });

/** One change of an entry: an edit (text before and after, unless personal data was removed) or the withdrawal. */
export const EntryRevisionView = z.object({
  id: z.string(),
  change: z.enum(['edit', 'withdraw']),
  reason: z.string(),
  removedPersonalData: z.boolean(),
  before: EntryTextView.nullable(),
  after: EntryTextView.nullable(),
  changedByName: z.string().nullable(),
  changedAt: z.string(),
});

export const ActivityKnowledge = z.object({
  activity: ActivityRef.extend({
    purposesIntro: z.string().nullable(),
    targetGroup: z.string().nullable(),
    period: z.object({ start: z.string(), end: z.string() }),
  }),
  lineOfWork: z.array(ActivityRef),
  entries: z.array(
    EntryView.extend({
      activityId: z.string(),
      activityPlanName: z.string(),
      /** The plan's own entry, which the caller may edit and withdraw if they may write in the videnbase. */
      ownPlan: z.boolean(),
      updatedAt: z.string().nullable(),
      withdrawnAt: z.string().nullable(),
      withdrawnReason: z.string().nullable(),
      revisions: z.array(EntryRevisionView),
    }),
  ),
  courseEvaluations: z.array(CourseEvaluationView.extend({ activityPlanName: z.string() })),
});

export const NewEntryBody = z
  .strictObject({
    clientKey: z.uuid(),
    activityId: z.uuid(),
    kind: z.enum(ENTRY_KINDS),
    assessor: z.enum(ASSESSORS).nullable().default(null),
    year: z.number().int().min(1990).max(2100),
    title: z.string().trim().min(1).max(300),
    body: z.string().trim().max(20000),
    /** The writer saw the e-mail/phone warning and confirms that it is no resident's personal data. */
    confirmPersonalData: z.boolean().default(false),
    file: z
      .strictObject({
        name: z.string().trim().min(1).max(200),
        type: z.string().max(100),
        base64: z.string().max(Math.ceil((KNOWLEDGE_FILE_MAX_BYTES * 4) / 3) + 8),
      })
      .nullable()
      .default(null),
  })
  .refine((b) => b.kind !== 'assessment' || b.assessor !== null, {
    path: ['assessor'],
    error: da.program.errors.assessorRequired,
  })
  .refine((b) => b.kind === 'assessment' || b.assessor === null, {
    path: ['assessor'],
    error: da.program.errors.assessorOnlyForAssessments,
  });
export type NewEntryInput = z.infer<typeof NewEntryBody>;

/** An entry's text as it should read, and why; `removesPersonalData` keeps no earlier text of it. */
export const EditEntryBody = z.strictObject({
  year: z.number().int().min(1990).max(2100),
  title: z.string().trim().min(1).max(300),
  body: z.string().trim().max(20000),
  reason: freeText(500),
  removesPersonalData: z.boolean().default(false),
  confirmPersonalData: z.boolean().default(false),
});
export type EditEntryInput = z.infer<typeof EditEntryBody>;

export const WithdrawEntryBody = z.strictObject({ reason: freeText(500) });
