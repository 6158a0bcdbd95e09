import { da, fill, formatDate, formatDateTime, formatLongDate } from '@helhed/core';
import { createPdfReport, type Sheet, toXlsx } from '../../../platform/export/index.ts';
import type { BoardReview } from '../contract/board-review.ts';

// The year's review record for the auditor, as XLSX or PDF from one sheet.

const t = da.boardReview;

export function reportLabel(review: BoardReview): string {
  return review.report.kind === 'quarterly'
    ? fill(t.quarterly, { period: review.report.period.replace('-Q', '-K') })
    : fill(t.annual, { year: review.report.period });
}

export function boardReviewSheet(reviews: readonly BoardReview[]): Sheet {
  return {
    name: t.export.sheet,
    columns: [
      { key: 'reviewedOn', label: t.columns.reviewedOn },
      { key: 'meeting', label: t.columns.meeting },
      { key: 'report', label: t.columns.report },
      { key: 'version', label: t.columns.version },
      { key: 'approval', label: t.columns.approval },
      { key: 'changedSince', label: t.columns.changedSince },
      { key: 'minutes', label: t.columns.minutes },
      { key: 'recordedBy', label: t.columns.recordedBy },
      { key: 'status', label: t.columns.status },
    ],
    rows: reviews.map((review) => ({
      reviewedOn: formatDate(review.reviewedOn),
      meeting: review.meeting,
      report: reportLabel(review),
      version: review.report.fingerprint.slice(0, 12),
      approval: review.report.approval?.label ?? '',
      changedSince: review.report.changedSince ? t.changedYes : t.changedNo,
      minutes: review.minutesUrl ?? t.noMinutes,
      recordedBy: `${review.recordedBy ?? ''} ${formatDateTime(review.recordedAt)}`.trim(),
      status: review.withdrawn
        ? fill(t.withdrawn, { date: formatDate(review.withdrawn.at), reason: review.withdrawn.reason })
        : t.active,
    })),
    note: t.export.versionNote,
  };
}

export async function boardReviewFile(
  year: number,
  planName: string,
  reviews: readonly BoardReview[],
  format: 'xlsx' | 'pdf',
): Promise<Buffer> {
  const title = fill(t.export.title, { year });
  const sheet = boardReviewSheet(reviews);
  if (format === 'xlsx') return toXlsx([sheet], { title });
  const pdf = await createPdfReport(
    { title, subtitle: planName, lines: [fill(t.export.generatedAt, { date: formatLongDate(new Date()) })] },
    `${planName} · ${title}`,
  );
  pdf.heading(t.export.sheet).table(sheet);
  return pdf.finish();
}
