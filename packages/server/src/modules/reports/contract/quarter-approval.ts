// A quarter's approval (issue 20, item 1):
//   GET  /quarter-approval?quarter=2025-Q1    -> QuarterApprovalView (everyone who reads reports)
//   POST /quarter-approval/approve            ApproveQuarterBody -> QuarterApprovalView (leader)
//   POST /quarter-approval/reopen             ReopenQuarterBody -> QuarterApprovalView (leader)
//   POST /quarter-approval/send-back          SendQuarterBackBody -> QuarterApprovalView (leader)
//   GET  /quarter-approval/sent-back          -> SentBackList, what was sent back to the signed-in user
import { da } from '@helhed/core';
import { z } from 'zod';
import { freeText, IdSchema } from '../../../platform/contract/fields.ts';
import { SafeCountSchema } from './shared.ts';

const QuarterField = z.string({ error: da.reports.errors.quarterInvalid }).trim().max(20);

export const QuarterApprovalQuery = z.strictObject({ quarter: QuarterField });
export const ApproveQuarterBody = z.strictObject({ quarter: QuarterField });
export const ReopenQuarterBody = z.strictObject({
  quarter: QuarterField,
  /** null: the whole quarter. */
  activityId: IdSchema.nullable(),
  reason: freeText(2000),
});
export const SendQuarterBackBody = z.strictObject({
  quarter: QuarterField,
  userId: IdSchema,
  message: freeText(2000),
});

const Figure = z.union([SafeCountSchema, z.string()]).nullable();

export const QuarterEventView = z.object({
  id: z.uuid(),
  kind: z.enum(['approved', 'reopened', 'sent-back']),
  at: z.iso.datetime({ offset: true }),
  by: z.string().nullable(),
  /** A reopening of one activity; null for the whole quarter. */
  activity: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  toUser: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /** The reason of a reopening; a send-back's message only for its recipient and the leaders. */
  text: z.string().nullable(),
});

export const QuarterApprovalView = z.object({
  quarter: z.string(),
  period: z.object({ start: z.iso.date(), end: z.iso.date() }),
  /** open: never approved; approved: locked; reopened: approved, then reopened in whole or in part. */
  state: z.enum(['open', 'approved', 'reopened']),
  approval: z.object({ at: z.iso.datetime({ offset: true }), by: z.string().nullable() }).nullable(),
  /** Since the latest approval: the whole quarter, or these activities, are open again. */
  reopened: z.object({
    whole: z.boolean(),
    activities: z.array(z.object({ id: z.uuid(), name: z.string() })),
  }),
  /** Whether the quarter has ended, so that it can be approved. */
  ended: z.boolean(),
  /** Each figure that differs from the latest approval (published figures, before → after). */
  changes: z.array(z.object({ row: z.string(), figure: z.string(), before: Figure, after: Figure })),
  events: z.array(QuarterEventView),
  /** Whom the leader can send the quarter back to (only in a leader's answer). */
  recipients: z.array(z.object({ id: z.uuid(), name: z.string() })),
  /** Only in a send-back's answer: whether the worker was also told by e-mail. */
  notified: z.enum(['mail', 'mail-failed', 'no-mail']).optional(),
});
export type QuarterApproval = z.infer<typeof QuarterApprovalView>;
export type QuarterEvent = z.infer<typeof QuarterEventView>;

export const SentBackList = z.object({
  items: z.array(
    z.object({
      quarter: z.string(),
      at: z.iso.datetime({ offset: true }),
      by: z.string().nullable(),
      message: z.string(),
    }),
  ),
});
export type SentBack = z.infer<typeof SentBackList>;
