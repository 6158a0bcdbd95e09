import { da, fill, formatInteger } from '@helhed/core';

type AuditPagerProps = {
  offset: number;
  pageSize: number;
  shown: number;
  total: number;
  onPage: (offset: number) => void;
};

/** "Forrige"/"Næste" paging with a status line such as "Viser 1–50 af 123." */
export function AuditPager({ offset, pageSize, shown, total, onPage }: AuditPagerProps) {
  const hasPrevious = offset > 0;
  const hasNext = offset + shown < total;
  return (
    <nav className="pager" aria-label={da.audit.paging}>
      <p className="pager__status" role="status">
        {total === 0
          ? da.audit.noResults
          : fill(da.web.pageStatus, {
              from: formatInteger(offset + 1),
              to: formatInteger(offset + shown),
              total: formatInteger(total),
            })}
      </p>
      <div className="pager__buttons">
        <button
          type="button"
          className="button button--secondary"
          disabled={!hasPrevious}
          onClick={() => onPage(Math.max(0, offset - pageSize))}
        >
          {da.web.previous}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={!hasNext}
          onClick={() => onPage(offset + pageSize)}
        >
          {da.web.next}
        </button>
      </div>
    </nav>
  );
}
