import { da, fill, formatInteger } from '@helhed/core';

type PagerProps = {
  /** Names the navigation, e.g. "Sider i deltagerlisten". */
  label: string;
  offset: number;
  pageSize: number;
  /** Rows on this page. */
  shown: number;
  total: number;
  onPage: (offset: number) => void;
};

/**
 * "Forrige"/"Næste" over a server's pages, with a status line such as "Viser 1–50 af 1.876." (a live
 * region, so a screen reader hears where the new page starts).
 */
export function Pager({ label, offset, pageSize, shown, total, onPage }: PagerProps) {
  // An empty list says so in the table itself; there is nothing to page through.
  if (total === 0 && offset === 0) return null;
  const hasPrevious = offset > 0;
  const hasNext = offset + shown < total;
  return (
    <nav className="pager" aria-label={label}>
      <p className="pager__status" role="status">
        {shown === 0
          ? fill(da.web.pageBeyond, { total: formatInteger(total) })
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
          onClick={() => onPage(Math.max(0, Math.min(offset - pageSize, total - pageSize)))}
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
