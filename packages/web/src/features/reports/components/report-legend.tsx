import { da, fill } from '@helhed/core';

/** What "x" means and the threshold in force, shown with every report. */
export function ReportLegend({ extra, threshold }: { extra?: string[]; threshold: number }) {
  return (
    <aside className="report-legend" aria-labelledby="report-legend-title">
      <h2 id="report-legend-title" className="report-legend__title">
        {da.reports.ui.legendTitle}
      </h2>
      <p>{fill(da.reports.legend, { threshold })}</p>
      {extra?.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </aside>
  );
}

export function SyntheticBanner({ seed }: { seed: number | undefined }) {
  if (seed === undefined) return null;
  return (
    <p className="report-synthetic" role="note">
      <strong>{da.reports.syntheticShort}.</strong>{' '}
      {da.reports.ui.syntheticBanner.replace('{seed}', String(seed))}
    </p>
  );
}

type DownloadsProps = { urls: { csv: string; xlsx: string; pdf?: string } };

/** Download links for the same report as CSV, XLSX and (where there is one) PDF. */
export function ReportDownloads({ urls }: DownloadsProps) {
  const t = da.reports.ui;
  return (
    <nav className="report-downloads" aria-label={t.downloadsLabel}>
      <span className="report-downloads__label">{t.download}</span>
      <a className="button button--secondary" href={urls.csv} download>
        {t.downloadCsv}
      </a>
      <a className="button button--secondary" href={urls.xlsx} download>
        {t.downloadXlsx}
      </a>
      {urls.pdf ? (
        <a className="button button--secondary" href={urls.pdf} download>
          {t.downloadPdf}
        </a>
      ) : null}
    </nav>
  );
}
