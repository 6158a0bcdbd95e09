import { da, fill } from '@helhed/core';
import { useState } from 'react';
import { QuerySection } from '../../../components/query-section.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { useCan } from '../../auth/api/get-session.ts';
import { BOARD_REVIEWS_URL, useBoardReviews } from '../api/board-reviews.ts';
import { BoardReviewForm } from '../components/board-review-form.tsx';
import { BoardReviewTable } from '../components/board-review-table.tsx';

const t = da.boardReview;

/** When the board reviewed which report, for the auditor; the leadership records, the board reads. */
export function BoardReviewPage() {
  const [year, setYear] = useState(new Date().getFullYear());
  const [saved, setSaved] = useState(false);
  const reviews = useBoardReviews(year);
  const canRecord = useCan()('board-review.record');
  const years = Array.from({ length: 8 }, (_, index) => new Date().getFullYear() + 1 - index);
  const exportUrl = (format: 'xlsx' | 'pdf') => `${BOARD_REVIEWS_URL}/export?year=${year}&format=${format}`;
  return (
    <Page title={t.title}>
      <p className="lead">{t.intro}</p>
      <div className="form__field">
        <label htmlFor="board-review-year">{t.year}</label>
        <select
          id="board-review-year"
          className="select"
          value={year}
          onChange={(event) => setYear(Number(event.target.value))}
        >
          {years.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </div>
      <nav className="report-downloads" aria-label={t.downloadExport}>
        <span className="report-downloads__label">{t.downloadExport}</span>
        <a className="button button--secondary" href={exportUrl('xlsx')} download>
          {t.downloadXlsx}
        </a>
        <a className="button button--secondary" href={exportUrl('pdf')} download>
          {t.downloadPdf}
        </a>
      </nav>
      <QuerySection query={reviews} label={fill(t.listCaption, { year })}>
        {(data) => <BoardReviewTable year={data.year} reviews={data.reviews} canRecord={canRecord} />}
      </QuerySection>
      {canRecord ? (
        <section className="panel" aria-label={t.form.title}>
          {saved ? <Alert tone="success">{t.form.saved}</Alert> : null}
          <BoardReviewForm onSaved={() => setSaved(true)} />
        </section>
      ) : null}
    </Page>
  );
}
