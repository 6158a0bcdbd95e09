/** Texts inside the PDFs Helhed makes that a screen reader reads but the page does not show. */
export const exportPdf = {
  pageFooter: '{footer} · side {page} af {pages}',
  barChartAlt: 'Søjlediagram: {title}. {values}',
  lineChartAlt: 'Kurvediagram: {title}. {values}',
  chartBreak: 'Brud i serien: {label}.',
  /** One series' figures: "2025-Q1: Lektiecafé 12, Fritidsjob <5". */
  chartSeries: '{series}: {values}.',
  chartValue: '{label} {value}',
  chartNoValue: 'intet tal',
} as const;
