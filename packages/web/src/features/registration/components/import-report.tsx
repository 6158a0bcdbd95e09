import { da, fill, formatInteger } from '@helhed/core';
import type { ImportReport } from '../types.ts';

const t = da.imports;
type Row = ImportReport['rows'][number];

function RowsTable({ rows, caption }: { rows: Row[]; caption: string }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section className="table-wrap" aria-label={caption} tabIndex={0}>
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.ui.columnRow}</th>
            <th scope="col">{t.ui.columnOutcome}</th>
            <th scope="col">{t.ui.columnWho}</th>
            <th scope="col">{t.ui.columnWhat}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.row}>
              <th scope="row">{formatInteger(row.row)}</th>
              <td>{t.outcomes[row.outcome]}</td>
              <td>{row.label}</td>
              <td>
                {[...row.reasons, ...row.changes, ...row.duplicates].length > 0 ? (
                  <ul>
                    {row.reasons.map((text) => (
                      <li key={`r-${text}`}>{text}</li>
                    ))}
                    {row.changes.map((text) => (
                      <li key={`c-${text}`}>{text}</li>
                    ))}
                    {row.duplicates.map((text) => (
                      <li key={`d-${text}`}>
                        <strong>{text}</strong>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * What a dry run found: the counts, the rows that need the worker's eye (refused, or like someone
 * already registered) first, and every row behind a disclosure, so 300 rows do not bury the two bad.
 */
export function ImportReportView({ report }: { report: ImportReport }) {
  const attention = report.rows.filter((r) => r.outcome === 'refused' || r.duplicates.length > 0);
  const counts = Object.fromEntries(
    Object.entries(report.counts).map(([key, value]) => [key, formatInteger(value)]),
  );
  return (
    <section aria-labelledby="import-summary-title">
      <h2 id="import-summary-title">{t.ui.summaryTitle}</h2>
      <p>{fill(t.ui.summary, counts)}</p>
      {report.counts.refused > 0 ? <p>{t.ui.refusedHint}</p> : null}
      {attention.length > 0 ? (
        <>
          {attention.some((r) => r.duplicates.length > 0) ? <p>{t.ui.duplicatesHint}</p> : null}
          <RowsTable rows={attention} caption={t.ui.attentionCaption} />
        </>
      ) : null}
      <details>
        <summary>{fill(t.ui.allRows, { count: formatInteger(report.rows.length) })}</summary>
        <RowsTable rows={report.rows} caption={t.ui.tableCaption} />
      </details>
    </section>
  );
}
