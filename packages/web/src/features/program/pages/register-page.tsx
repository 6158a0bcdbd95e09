import { da, fill, formatInteger, formatPercent } from '@helhed/core';
import { Link } from 'react-router';
import { QuerySection } from '../../../components/query-section.tsx';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { useRegister } from '../api/get-register.ts';
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

/** The area's plans over time; loaded plans list their activities and the lines across plans. */
export function RegisterPage() {
  const register = useRegister(PROGRAM_SLUG);
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
            {data.plans
              .filter((p) => p.activities.length > 0)
              .map((p) => (
                <section key={p.name} aria-labelledby={`plan-${p.startYear}`} className="register-plan">
                  <h2 id={`plan-${p.startYear}`}>{fill(t.planActivities, { plan: p.name })}</h2>
                  <ul className="register-activities">
                    {p.activities.map((a) => (
                      <li key={a.id}>
                        <Link to={`/program/videnbase/aktiviteter/${a.id}`}>{a.name}</Link>{' '}
                        <span className="register-activities__focus">({a.focusAreaName})</span>
                        {a.continues.map((c) => (
                          <span key={c.id} className="line-of-work">
                            {fill(t.continues, { name: c.name, plan: c.planName })}
                          </span>
                        ))}
                        {a.continuedBy.map((c) => (
                          <span key={c.id} className="line-of-work">
                            {fill(t.continuedBy, { name: c.name, plan: c.planName })}
                          </span>
                        ))}
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
          </>
        )}
      </QuerySection>
    </Page>
  );
}
