import { da, fill, formatInteger, formatPercent } from '@helhed/core';
import { QuerySection } from '../../../components/query-section.tsx';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { useCan } from '../../auth/api/get-session.ts';
import { useRegister } from '../api/get-register.ts';
import { ContinuationForm } from '../components/continuation-form.tsx';
import { RegisterActivities } from '../components/register-activities.tsx';
import { PROGRAM_SLUG } from '../lib/program-slug.ts';
import type { RegisterEntry } from '../types.ts';

const t = da.programUi;
const kr = (value: number) => `${formatInteger(value)} kr.`;

function budgetText(p: RegisterEntry): string {
  if (p.budgetTotal === null) return t.notGiven;
  if (p.budgetLbf === null || p.budgetLocalMin === null) return kr(p.budgetTotal);
  return fill(t.budgetSplit, {
    total: kr(p.budgetTotal),
    lbf: kr(p.budgetLbf),
    local: kr(p.budgetLocalMin),
    share: p.localShareMinPct === null ? t.notGiven : formatPercent(p.localShareMinPct, 0),
  });
}

const columns: Column<RegisterEntry>[] = [
  { key: 'name', header: t.columns.plan, render: (p) => p.name, sortValue: (p) => p.name, rowHeader: true },
  {
    key: 'period',
    header: t.columns.period,
    render: (p) => `${p.startYear}–${p.endYear}`,
    sortValue: (p) => p.startYear,
  },
  {
    key: 'status',
    header: t.columns.status,
    render: (p) => t.statusLabels[p.status],
    sortValue: (p) => p.status,
  },
  { key: 'budget', header: t.columns.budget, render: budgetText, sortValue: (p) => p.budgetTotal },
  {
    key: 'focus',
    header: t.columns.focusAreas,
    render: (p) => (p.lbfFocusAreas.length ? p.lbfFocusAreas.join(', ') : t.notGiven),
  },
  {
    key: 'source',
    header: t.columns.source,
    render: (p) => [p.source, p.financingNote, p.note].filter(Boolean).join(' '),
  },
];

/** The plans whose activities are loaded: only they can be linked. */
const loaded = (plans: RegisterEntry[]) => plans.filter((p) => p.activities.length > 0);

/** The area's plans over time; loaded plans list their activities and the lines across plans. */
export function RegisterPage() {
  const register = useRegister(PROGRAM_SLUG);
  const canEdit = useCan()('program.continuation.edit');
  return (
    <Page title={t.register}>
      <p className="lead">{t.registerIntro}</p>
      <QuerySection query={register} label={t.register}>
        {(data) => (
          <>
            <DataTable
              caption={t.registerCaption}
              columns={columns}
              rows={data.plans}
              rowKey={(p) => `${p.startYear}-${p.name}`}
              emptyText={t.notGiven}
              initialSort={{ key: 'period', direction: 'ascending' }}
            />
            {canEdit ? <ContinuationForm slug={PROGRAM_SLUG} plans={loaded(data.plans)} /> : null}
            <RegisterActivities slug={PROGRAM_SLUG} plans={data.plans} canEdit={canEdit} />
          </>
        )}
      </QuerySection>
    </Page>
  );
}
