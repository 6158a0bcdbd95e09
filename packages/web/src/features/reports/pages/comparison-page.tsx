import { da, fill } from '@helhed/core';
import { useSearchParams } from 'react-router';
import { SelectField } from '../../../components/form/form-field.tsx';
import { QuerySection } from '../../../components/query-section.tsx';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { useCan } from '../../auth/api/get-session.ts';
import { comparisonUrl, useComparison, useComparisonShares } from '../api/comparison.ts';
import { ComparisonSharesForm } from '../components/comparison-shares-form.tsx';
import { ReportDownloads, ReportLegend, SyntheticBanner } from '../components/report-legend.tsx';
import { textColumn } from '../lib/columns.ts';
import { showFigure } from '../lib/periods.ts';
import type { ComparisonIndicator, ComparisonPlan, ComparisonReport, IndicatorAreaRow } from '../types.ts';

const t = da.reports.comparison;
const c = t.columns;
type Row = {
  key: string;
  plan: string;
  area: string;
  row: IndicatorAreaRow | null;
  municipality: number | null;
};

function columns(year: number): Column<Row>[] {
  const figure = (
    key: string,
    header: string,
    pick: (row: IndicatorAreaRow) => IndicatorAreaRow['value'],
  ) => ({
    key,
    header,
    render: (r: Row) => (r.row ? showFigure(pick(r.row)) : ''),
  });
  return [
    textColumn<Row>('plan', c.plan, (r) => r.plan, true),
    textColumn<Row>('area', c.area, (r) => r.area),
    figure('baseline', c.baseline, (row) => row.baseline),
    { key: 'municipality', header: c.municipality, render: (r) => (r.row ? showFigure(r.municipality) : '') },
    figure('previous', fill(c.previous, { year: String(year - 1) }), (row) => row.previousValue),
    figure('value', fill(c.value, { year: String(year) }), (row) => row.value),
    { key: 'change', header: c.change, render: (r) => (r.row ? da.reports.changes[r.row.change] : '') },
  ];
}

const planName = (plan: ComparisonPlan | undefined) =>
  plan ? (plan.own ? fill(t.ownMark, { name: plan.name }) : plan.name) : '';

/** One indicator's rows: each plan in turn, the whole plan first and then its boligområder. */
function rowsOf(indicator: ComparisonIndicator, report: ComparisonReport): Row[] {
  return indicator.plans.flatMap(({ planId, figures }): Row[] => {
    const plan = planName(report.plans.find((p) => p.id === planId));
    if (!figures) return [{ key: `${planId}-none`, plan, area: t.notInPlan, row: null, municipality: null }];
    return figures.rows.map((row) => ({
      key: `${planId}-${row.areaId ?? 'plan'}-${row.areaName}`,
      plan,
      area: row.areaName,
      row,
      municipality: figures.municipality?.value ?? null,
    }));
  });
}

/** The fixed indicators of the own plan and of the plans that shared theirs, side by side for a year. */
export function ComparisonPage() {
  const [params, setParams] = useSearchParams();
  const lastYear = new Date().getFullYear() - 1;
  const year = Number(params.get('aar') ?? lastYear);
  const years = Array.from({ length: lastYear - 2024 + 2 }, (_, index) => lastYear + 1 - index);
  const report = useComparison(year);
  const canShare = useCan()('comparison.share');
  const shares = useComparisonShares(canShare);
  return (
    <Page title={t.title}>
      <p className="lead">{t.intro}</p>
      <div className="report-controls">
        <SelectField
          label={t.year}
          value={String(year)}
          onChange={(event) => setParams({ aar: event.target.value })}
          options={years.map((value) => ({ value: String(value), label: String(value) }))}
        />
      </div>
      <ReportDownloads urls={{ csv: comparisonUrl(year, 'csv'), xlsx: comparisonUrl(year, 'xlsx') }} />
      {report.data && <ReportLegend threshold={report.data.discretionThreshold} />}
      <QuerySection query={report} label={t.title}>
        {(data) => (
          <>
            <SyntheticBanner seed={data.plans.find((plan) => plan.synthetic)?.synthetic?.seedNumber} />
            <p>{fill(t.plansShown, { plans: data.plans.map(planName).join(', ') })}</p>
            {data.plans.length === 1 ? <p role="note">{t.onlyOwn}</p> : null}
            {data.indicators.map((indicator) => (
              <section key={indicator.key} className="report-section">
                <h2>{indicator.name}</h2>
                <p>{indicator.goalText}</p>
                <DataTable
                  caption={`${indicator.name}, ${data.year}`}
                  columns={columns(data.year)}
                  rows={rowsOf(indicator, data)}
                  rowKey={(row) => row.key}
                  emptyText={fill(t.noFigures, { year: String(data.year) })}
                />
              </section>
            ))}
          </>
        )}
      </QuerySection>
      {canShare && shares.data ? (
        <section className="panel" aria-labelledby="comparison-share-title">
          <h2 id="comparison-share-title">{t.share.title}</h2>
          <p>{t.share.intro}</p>
          <ComparisonSharesForm shares={shares.data} />
        </section>
      ) : null}
    </Page>
  );
}
