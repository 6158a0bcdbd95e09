import { da, ROUTED_TO } from '@helhed/core';
import { z } from 'zod';
import {
  ClientKeySchema,
  choice,
  DaySchema,
  freeText,
  IdSchema,
  optionalText,
  stripControlCharacters,
} from '../../../platform/contract/fields.ts';
import { pagedQuery, Total } from '../../../platform/contract/paging.ts';
import { COURSE_SORTS, VOLUNTEER_SORTS } from './shared.ts';

const t = da.registration.errors;

export const COURSE_KINDS = ['course', 'group', 'event'] as const;
export const REPORTERS = ['resident', 'staff', 'partner', 'other'] as const;

const Count = z
  .number({ error: t.countInvalid })
  .int({ error: t.countInvalid })
  .min(0, { error: t.countInvalid })
  .max(100000, { error: t.countInvalid });

export const CreateCourseBody = z.strictObject({
  clientKey: ClientKeySchema,
  activityId: IdSchema,
  kind: choice(COURSE_KINDS),
  title: freeText(200),
  startsOn: DaySchema,
  teamId: IdSchema.nullable().optional(),
  /** Used only when the plan names no sessions for the activity (then its sessions are used). */
  sessionCount: z
    .number({ error: t.sessionCountInvalid })
    .int({ error: t.sessionCountInvalid })
    .min(1, { error: t.sessionCountInvalid })
    .max(200, { error: t.sessionCountInvalid })
    .optional(),
});
export type CreateCourseInput = z.infer<typeof CreateCourseBody>;

export const EnrolBody = z.strictObject({ participantId: IdSchema, enrolledOn: DaySchema });

export const AttendanceBody = z.strictObject({
  heldOn: DaySchema.nullable(),
  presentEnrolmentIds: z.array(IdSchema, { error: t.invalidChoice }).max(500, { error: t.tooMany }),
  anonymousCount: Count.nullable().optional(),
});
export type AttendanceInput = z.infer<typeof AttendanceBody>;

export const CompletionBody = z.strictObject({
  completed: z.boolean({ error: t.invalidChoice }),
  diplomaOn: DaySchema.nullable().optional(),
});

export const EvaluationBody = z.strictObject({
  endsOn: DaySchema,
  evaluation: optionalText(4000),
});

/** A leader's text for the videnbase, and words found as names that the leader confirms are no names. */
export const PublishEvaluationBody = z.strictObject({
  // Not freeText: a CPR number is refused by the service with the other findings, so the leader
  // sees everything to remove at once.
  text: z
    .string({ error: da.consent.errors.evaluationEmpty })
    .transform((value) => stripControlCharacters(value).trim())
    .pipe(z.string().min(1, { error: da.consent.errors.evaluationEmpty }).max(4000, { error: t.tooLong })),
  acceptedNames: z
    .array(z.string().trim().min(1).max(100), { error: t.invalidChoice })
    .max(50, { error: t.tooMany })
    .default([]),
});
export type PublishEvaluationInput = z.infer<typeof PublishEvaluationBody>;

export const CourseSessionParams = z.strictObject({ id: z.uuid(), sessionId: z.uuid() });
export const CourseEnrolmentParams = z.strictObject({ id: z.uuid(), enrolmentId: z.uuid() });

export const VolunteerBody = z.strictObject({
  clientKey: ClientKeySchema,
  participantId: IdSchema,
  startedOn: DaySchema,
  activityId: IdSchema.nullable().optional(),
});
/** The volunteers a page at a time (newest first, or by name); `year` is the year of the new-volunteer count. */
export const VolunteerQuery = z.strictObject({
  ...pagedQuery(VOLUNTEER_SORTS, { sort: 'started', dir: 'desc' }),
  year: z.coerce.number({ error: t.dateInvalid }).int().min(2000).max(2100).optional(),
});

export const SafetyContactBody = z.strictObject({
  clientKey: ClientKeySchema,
  occurredOn: DaySchema,
  reportedBy: choice(REPORTERS),
  areaId: IdSchema.nullable().optional(),
  place: optionalText(200),
  situation: freeText(2000),
  routedTo: z.array(choice(ROUTED_TO), { error: t.invalidChoice }).max(6, { error: t.tooMany }).default([]),
  followUp: optionalText(2000),
  followedUpOn: DaySchema.nullable().optional(),
});
export type SafetyContactInput = z.infer<typeof SafetyContactBody>;

export const CksMeetingBody = z.strictObject({
  clientKey: ClientKeySchema,
  heldOn: DaySchema,
  areaId: IdSchema.nullable().optional(),
  attendance: z
    .array(z.strictObject({ organisation: freeText(200), count: Count }), { error: t.invalidChoice })
    .max(50, { error: t.tooMany }),
  agreements: optionalText(4000),
});
export type CksMeetingInput = z.infer<typeof CksMeetingBody>;

const Day = z.string();

export const CourseSummaryView = z.object({
  id: z.uuid(),
  activityId: z.uuid(),
  activityName: z.string(),
  kind: z.enum(COURSE_KINDS),
  title: z.string(),
  teamName: z.string(),
  startsOn: Day,
  endsOn: Day.nullable(),
  enrolled: z.number().int(),
  completed: z.number().int(),
});

export const CourseDetailView = CourseSummaryView.extend({
  evaluation: z.string().nullable(),
  /** The text in the videnbase, when a leader has published it (decision 0018). */
  publication: z
    .object({ text: z.string(), publishedAt: z.string(), publishedByName: z.string().nullable() })
    .nullable(),
  sessions: z.array(
    z.object({
      id: z.uuid(),
      number: z.number().int(),
      title: z.string().nullable(),
      heldOn: Day.nullable(),
      anonymousCount: z.number().int().nullable(),
      presentEnrolmentIds: z.array(z.uuid()),
    }),
  ),
  enrolments: z.array(
    z.object({
      id: z.uuid(),
      participantId: z.uuid(),
      /** Null when the participant is outside the viewer's scope or erased. */
      displayName: z.string().nullable(),
      enrolledOn: Day,
      completed: z.boolean(),
      diplomaOn: Day.nullable(),
    }),
  ),
});

export const VolunteerList = z.object({
  year: z.number().int(),
  newInYear: z.number().int(),
  total: Total,
  volunteers: z.array(
    z.object({ id: z.uuid(), participantId: z.uuid(), displayName: z.string().nullable(), startedOn: Day }),
  ),
});

export const SafetyContactView = z.object({
  id: z.uuid(),
  occurredOn: Day,
  reportedBy: z.enum(REPORTERS),
  areaId: z.uuid().nullable(),
  place: z.string().nullable(),
  situation: z.string(),
  routedTo: z.array(z.enum(ROUTED_TO)),
  followUp: z.string().nullable(),
  followedUpOn: Day.nullable(),
});

export const CksMeetingView = z.object({
  id: z.uuid(),
  heldOn: Day,
  areaId: z.uuid().nullable(),
  attendance: z.array(z.object({ organisation: z.string(), count: z.number().int() })),
  agreements: z.string().nullable(),
});

export const CourseList = z.object({ courses: z.array(CourseSummaryView), total: Total });

/** The courses a page at a time, newest first; the search text is looked for in the title. */
export const CourseListQuery = z.strictObject({
  ...pagedQuery(COURSE_SORTS, { sort: 'starts', dir: 'desc' }),
  activityId: IdSchema.optional(),
});
export const SafetyContactList = z.object({ contacts: z.array(SafetyContactView), total: Total });
export const CksMeetingList = z.object({ meetings: z.array(CksMeetingView), total: Total });

/** Tryghed contacts and CKS meetings: newest first unless asked otherwise, searched in their text. */
export const SituationListQuery = z.strictObject({
  ...pagedQuery(['date'] as const, { dir: 'desc' }),
  areaId: IdSchema.optional(),
});

export type CourseKind = (typeof COURSE_KINDS)[number];
export type Reporter = (typeof REPORTERS)[number];
export type CourseSummary = z.output<typeof CourseSummaryView>;
export type CourseDetail = z.output<typeof CourseDetailView>;
export type Volunteers = z.output<typeof VolunteerList>;
export type SafetyContact = z.output<typeof SafetyContactView>;
export type CksMeeting = z.output<typeof CksMeetingView>;
