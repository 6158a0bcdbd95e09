import { da, fill } from '@helhed/core';
import { useState } from 'react';
import { SelectField } from '../../../components/form/form-field.tsx';
import { QuerySection } from '../../../components/query-section.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { useCan, useSession } from '../../auth/api/get-session.ts';
import { financeExportUrl } from '../api/export-finance.ts';
import { useBudget } from '../api/get-budget.ts';
import { useComparison } from '../api/get-comparison.ts';
import { BudgetGrid } from '../components/budget-grid.tsx';
import { Cofinancing } from '../components/cofinancing.tsx';
import { ComparisonChart } from '../components/comparison-chart.tsx';
import { ComparisonTable } from '../components/comparison-table.tsx';
import { HistoryTable } from '../components/history-table.tsx';
import { SpendingEntry } from '../components/spending-entry.tsx';
import { SpendingImport } from '../components/spending-import.tsx';

const ui = da.finance.ui;

/** Økonomi: the year's budget, the local co-financing, budget against actuals, spending and history. */
export function FinancePage() {
  const can = useCan();
  const canEdit = can('finance.edit');
  const plan = useSession().data?.user.plan;
  // This year, within the plan's period.
  const [year, setYear] = useState(() => {
    const from = Number(plan?.periodStart.slice(0, 4) ?? 2000);
    const to = Number(plan?.periodEnd.slice(0, 4) ?? 2100);
    return Math.min(Math.max(new Date().getFullYear(), from), to);
  });
  const budget = useBudget(year);
  const comparison = useComparison(year);
  if (!can('finance.read')) {
    return (
      <Page title={ui.title}>
        <p className="notice">{ui.noAccess}</p>
      </Page>
    );
  }
  const years = budget.data?.years ?? [year];
  return (
    <Page title={ui.title}>
      <p className="lead">{ui.intro}</p>
      <form className="form form--inline" aria-label={ui.yearPicker} onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label={ui.year}
          name="year"
          value={String(year)}
          onChange={(e) => setYear(Number(e.target.value))}
          options={(years.includes(year) ? years : [year, ...years]).map((y) => ({
            value: String(y),
            label: String(y),
          }))}
        />
      </form>
      <p className="actions">
        <a className="button button--secondary" href={financeExportUrl(year, 'xlsx')} download>
          {ui.exportXlsx}
        </a>{' '}
        <a className="button button--secondary" href={financeExportUrl(year, 'pdf')} download>
          {ui.exportPdf}
        </a>
      </p>
      <QuerySection
        query={budget}
        labelledBy="budget-heading"
        header={<h2 id="budget-heading">{fill(ui.budgetHeading, { year })}</h2>}
      >
        {(data) => <BudgetGrid key={data.year} budget={data} canEdit={canEdit} />}
      </QuerySection>
      {budget.data ? <Cofinancing budget={budget.data} canEdit={canEdit} /> : null}
      <QuerySection
        query={comparison}
        labelledBy="comparison-heading"
        header={<h2 id="comparison-heading">{fill(ui.comparisonHeading, { year })}</h2>}
      >
        {(data) => (
          <>
            <ComparisonTable comparison={data} />
            <ComparisonChart comparison={data} />
            {canEdit && budget.data ? <SpendingEntry year={year} lines={budget.data.lines} /> : null}
          </>
        )}
      </QuerySection>
      {canEdit ? <SpendingImport key={year} year={year} /> : null}
      <HistoryTable />
    </Page>
  );
}
