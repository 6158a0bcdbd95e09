// The board's review record (issue 20, item 3):
//   GET  /board-reviews?year=YYYY                    -> BoardReviewList (admin, leader, reader)
//   POST /board-reviews                              RecordBoardReviewBody -> 201 BoardReviewView (admin, leader)
//   POST /board-reviews/:id/withdraw                 WithdrawBoardReviewBody -> BoardReviewView (admin, leader)
//   GET  /board-reviews/:id/report?format=pdf|xlsx   the report exactly as reviewed (admin, leader, reader)
//   GET  /board-reviews/export?year=YYYY&format=...  the year's record for the auditor (admin, leader, reader)
import { da } from '@helhed/core';
import { z } from 'zod';
import { DaySchema, freeText, optionalText } from '../../../platform/contract/fields.ts';

const t = da.boardReview.errors;
const YEAR = z.coerce.number({ error: da.reports.errors.yearInvalid }).int().min(2000).max(2100);

export const BoardReviewYearQuery = z.strictObject({ year: YEAR });
export const BoardReviewExportQuery = z.strictObject({ year: YEAR, format: z.enum(['xlsx', 'pdf']) });
export const BoardReviewReportQuery = z.strictObject({ format: z.enum(['xlsx', 'pdf']).default('pdf') });
export const BoardReviewParams = z.strictObject({ id: z.uuid({ error: da.validation.invalidUuid }) });

export const RecordBoardReviewBody = z.strictObject({
  reviewedOn: DaySchema,
  meeting: freeText(200),
  reportKind: z.enum(['quarterly', 'annual'], { error: t.periodInvalid }),
  /** 2025-Q1 / 2025-K1 for a quarter, 2025 for a year. */
  period: z.string({ error: t.periodInvalid }).trim().max(10, { error: t.periodInvalid }),
  minutesUrl: optionalText(2000).refine((value) => value === null || /^https?:\/\/\S+$/i.test(value), {
    error: t.minutesUrlInvalid,
  }),
  note: optionalText(1000),
});
export type RecordBoardReviewInput = z.infer<typeof RecordBoardReviewBody>;

export const WithdrawBoardReviewBody = z.strictObject({ reason: freeText(500) });

export const BoardReviewView = z.object({
  id: z.uuid(),
  reviewedOn: z.iso.date(),
  meeting: z.string(),
  report: z.object({
    kind: z.enum(['quarterly', 'annual']),
    /** 2025-Q1 or 2025. */
    period: z.string(),
    /** SHA-256 of the report's JSON as the board saw it. */
    fingerprint: z.string(),
    /** Whether the same report built today gives other figures. */
    changedSince: z.boolean(),
    /**
     * A quarterly report's approval as it stood when the review was recorded (the approval the
     * board's version belongs to), with its Danish line; null for an annual report.
     */
    approval: z
      .object({
        state: z.enum(['open', 'approved', 'reopened']),
        at: z.iso.datetime({ offset: true }).nullable(),
        by: z.string().nullable(),
        label: z.string(),
      })
      .nullable(),
  }),
  minutesUrl: z.string().nullable(),
  note: z.string().nullable(),
  recordedBy: z.string().nullable(),
  recordedAt: z.iso.datetime({ offset: true }),
  withdrawn: z
    .object({ at: z.iso.datetime({ offset: true }), by: z.string().nullable(), reason: z.string() })
    .nullable(),
});
export type BoardReview = z.infer<typeof BoardReviewView>;

export const BoardReviewList = z.object({ year: z.number().int(), reviews: z.array(BoardReviewView) });
