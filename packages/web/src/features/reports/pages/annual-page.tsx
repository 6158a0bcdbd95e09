import { da, fill } from '@helhed/core';
import { useSearchParams } from 'react-router';
import { SelectField } from '../../../components/form/form-field.tsx';
import { QuerySection } from '../../../components/query-section.tsx';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { annualPackUrl, annualUrl, useAnnualReport } from '../api/get-annual-report.ts';
import { AnnualChart } from '../components/annual-chart.tsx';
import { ReportDownloads, ReportLegend, SyntheticBanner } from '../components/report-legend.tsx';
import { textColumn } from '../lib/columns.ts';
import { showFigure } from '../lib/periods.ts';
import type { IndicatorAreaRow, IndicatorReport } from '../types.ts';

const c = da.reports.columns;
const t = da.reports.ui;
type Row = IndicatorAreaRow & { key: string; indicator: IndicatorReport };
const numeric = (value: IndicatorAreaRow['value']) => (typeof value === 'number' ? value : null);

function columns(year: number): Column<Row>[] {
  return [
    textColumn('indicator', c.indicator, (r) => r.indicator.name, true),
    textColumn('area', c.area, (r) => r.areaName),
    {
      key: 'baseline',
      header: c.baseline,
      render: (r) => showFigure(r.baseline),
      sortValue: (r) => numeric(r.baseline),
    },
    {
      key: 'municipality',
      header: c.municipality,
      render: (r) => showFigure(r.indicator.municipality?.value ?? null),
    },
    {
      key: 'value',
      header: fill(c.value, { year: String(year) }),
      render: (r) => showFigure(r.value),
      sortValue: (r) => numeric(r.value),
    },
    {
      key: 'previous',
      header: fill(c.value, { year: String(year - 1) }),
      render: (r) => showFigure(r.previousValue),
      sortValue: (r) => numeric(r.previousValue),
    },
    {
      key: 'change',
      header: c.change,
      render: (r) => da.reports.changes[r.change],
      sortValue: (r) => r.change,
    },
    {
      key: 'goal',
      header: c.goal,
      render: (r) => (
        <span className={`goal-status goal-status--${r.goal}`}>{da.reports.goalStatus[r.goal]}</span>
      ),
      sortValue: (r) => r.goal,
    },
    {
      key: 'source',
      header: c.source,
      render: (r) => da.reports.valueSources[r.valueSource],
      sortValue: (r) => r.valueSource,
    },
  ];
}

/** The annual follow-up: every indicator per boligområde against baseline and kommune. */
export function AnnualPage() {
  const [params, setParams] = useSearchParams();
  const lastYear = new Date().getFullYear() - 1;
  const year = Number(params.get('aar') ?? lastYear);
  const years = Array.from({ length: lastYear - 2024 + 2 }, (_, index) => lastYear + 1 - index);
  const report = useAnnualReport(year);
  return (
    <Page title={da.reports.annualTitle}>
      <p className="lead">{t.intro}</p>
      <div className="report-controls">
        <SelectField
          label={t.yearPicker}
          value={String(year)}
          onChange={(event) => setParams({ aar: event.target.value })}
          options={years.map((value) => ({ value: String(value), label: String(value) }))}
        />
      </div>
      <ReportDownloads
        urls={{ csv: annualUrl(year, 'csv'), xlsx: annualUrl(year, 'xlsx'), pdf: annualUrl(year, 'pdf') }}
      />
      <nav className="report-downloads" aria-label={da.boardReview.pack.download}>
        <span className="report-downloads__label">{da.boardReview.pack.download}</span>
        <a className="button button--secondary" href={annualPackUrl(year, 'xlsx')} download>
          {da.boardReview.pack.downloadXlsx}
        </a>
        <a className="button button--secondary" href={annualPackUrl(year, 'pdf')} download>
          {da.boardReview.pack.downloadPdf}
        </a>
      </nav>
      {report.data && (
        <ReportLegend
          extra={[da.reports.localRule, da.reports.goalRule]}
          threshold={report.data.discretionThreshold}
        />
      )}
      <QuerySection query={report} label={da.reports.annualTitle}>
        {(data) => (
          <>
            <SyntheticBanner seed={data.synthetic?.seedNumber} />
            <AnnualChart report={data} />
            {data.focusAreas.map((group) => (
              <section key={group.focusAreaId ?? 'overall'} className="report-section">
                <h2>{group.focusAreaName}</h2>
                <DataTable
                  caption={fill(t.indicatorsCaption, {
                    focusArea: group.focusAreaName,
                    year: String(data.year),
                  })}
                  columns={columns(data.year)}
                  rows={group.indicators.flatMap((indicator) =>
                    indicator.rows.map((row) => ({
                      ...row,
                      key: `${indicator.indicatorId}-${row.areaId ?? 'plan'}-${row.areaName}`,
                      indicator,
                    })),
                  )}
                  rowKey={(row) => row.key}
                  emptyText={t.empty}
                  filterable
                />
              </section>
            ))}
          </>
        )}
      </QuerySection>
    </Page>
  );
}
