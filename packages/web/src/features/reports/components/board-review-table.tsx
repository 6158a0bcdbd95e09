import { da, fill, formatDate, formatDateTime } from '@helhed/core';
import { useState } from 'react';
import { TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { BOARD_REVIEWS_URL, useWithdrawBoardReview } from '../api/board-reviews.ts';
import type { BoardReview } from '../types.ts';

const t = da.boardReview;

function reportLabel(review: BoardReview): string {
  return review.report.kind === 'quarterly'
    ? fill(t.quarterly, { period: review.report.period.replace('-Q', '-K') })
    : fill(t.annual, { year: review.report.period });
}

function WithdrawForm({ review, onDone }: { review: BoardReview; onDone: () => void }) {
  const form = useFormSubmit({
    mutation: useWithdrawBoardReview(review.id),
    initial: { reason: '' },
    toBody: (values) => ({ reason: values.reason }),
    onSuccess: () => onDone(),
  });
  return (
    <FormShell
      form={form}
      label={fill(t.withdraw.legend, { date: formatDate(review.reviewedOn) })}
      submitLabel={t.withdraw.submit}
      pendingLabel={da.web.saving}
      actions={
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t.withdraw.cancel}
        </button>
      }
    >
      <TextField label={t.withdraw.reason} {...form.field('reason')} />
    </FormShell>
  );
}

function Row({ review, canRecord }: { review: BoardReview; canRecord: boolean }) {
  const [withdrawing, setWithdrawing] = useState(false);
  const host = review.minutesUrl ? new URL(review.minutesUrl).host : '';
  return (
    <tr>
      <th scope="row">{formatDate(review.reviewedOn)}</th>
      <td>{review.meeting}</td>
      <td>
        {reportLabel(review)}
        <br />
        <a href={`${BOARD_REVIEWS_URL}/${review.id}/report?format=pdf`} download>
          {t.downloadReviewed}
        </a>
      </td>
      <td>
        <code>{review.report.fingerprint.slice(0, 12)}</code>
      </td>
      <td>{review.report.approval?.label ?? ''}</td>
      <td>{review.report.changedSince ? <strong>{t.changedYes}</strong> : t.changedNo}</td>
      <td>
        {review.minutesUrl ? (
          <a href={review.minutesUrl} rel="noopener noreferrer" target="_blank">
            {fill(t.minutesLink, { host })}
          </a>
        ) : (
          t.noMinutes
        )}
      </td>
      <td>
        {review.recordedBy ?? ''} {formatDateTime(review.recordedAt)}
      </td>
      <td>
        {review.withdrawn
          ? fill(t.withdrawn, { date: formatDate(review.withdrawn.at), reason: review.withdrawn.reason })
          : t.active}
        {canRecord && !review.withdrawn ? (
          withdrawing ? (
            <WithdrawForm review={review} onDone={() => setWithdrawing(false)} />
          ) : (
            <button type="button" className="button button--secondary" onClick={() => setWithdrawing(true)}>
              {t.withdraw.button}
            </button>
          )
        ) : null}
      </td>
    </tr>
  );
}

export function BoardReviewTable({
  year,
  reviews,
  canRecord,
}: {
  year: number;
  reviews: BoardReview[];
  canRecord: boolean;
}) {
  if (reviews.length === 0) return <p>{fill(t.none, { year })}</p>;
  const c = t.columns;
  const caption = fill(t.listCaption, { year });
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section className="table-wrap" aria-label={caption} tabIndex={0}>
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {[
              c.reviewedOn,
              c.meeting,
              c.report,
              c.version,
              c.approval,
              c.changedSince,
              c.minutes,
              c.recordedBy,
              c.status,
            ].map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {reviews.map((review) => (
            <Row key={review.id} review={review} canRecord={canRecord} />
          ))}
        </tbody>
      </table>
    </section>
  );
}
