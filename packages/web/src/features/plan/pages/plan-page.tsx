import { da, fill, formatInteger, formatLongDate } from '@helhed/core';
import { Link } from 'react-router';
import { QuerySection } from '../../../components/query-section.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { useCan } from '../../auth/api/get-session.ts';
import { MilestoneStatusPanel } from '../../milestones/components/milestone-status-panel.tsx';
import { DocumentsPanel } from '../../plan-documents/components/documents-panel.tsx';
import { usePlan } from '../api/get-plan.ts';
import { AgeGroupsTable, AreasTable, AreaUncertainties } from '../components/areas-table.tsx';
import { formatHours } from '../lib/format.ts';
import type { PlanOverview } from '../types.ts';

function Facts({ plan }: { plan: PlanOverview }) {
  return (
    <dl className="facts">
      <div className="facts__row">
        <dt>{da.plan.name}</dt>
        <dd>{plan.name}</dd>
      </div>
      <div className="facts__row">
        <dt>{da.plan.slug}</dt>
        <dd>
          <code>{plan.slug}</code>
        </dd>
      </div>
      <div className="facts__row">
        <dt>{da.plan.period}</dt>
        <dd>
          {fill(da.plan.periodRange, {
            start: formatLongDate(plan.periodStart),
            end: formatLongDate(plan.periodEnd),
          })}
        </dd>
      </div>
      <div className="facts__row">
        <dt>{da.planUi.totalResidents}</dt>
        <dd>
          {plan.totalResidents === null ? da.planUi.notGiven : formatInteger(plan.totalResidents)}
          {plan.totalResidentsNote ? <span className="fact-note">{plan.totalResidentsNote}</span> : null}
        </dd>
      </div>
    </dl>
  );
}

function Parties({ plan }: { plan: PlanOverview }) {
  return (
    <>
      <h2 id="parties-title">{da.planUi.parties}</h2>
      <ul>
        {plan.parties.map((party) => (
          <li key={party.name}>
            {party.name}
            {party.signedDate
              ? `, ${fill(da.planUi.signed, { date: formatLongDate(party.signedDate) })}`
              : party.signedDateAsWritten
                ? `, ${party.signedDateAsWritten}`
                : ''}
          </li>
        ))}
      </ul>
      {plan.partiesNote ? <p>{plan.partiesNote}</p> : null}
    </>
  );
}

function FocusAreas({ plan }: { plan: PlanOverview }) {
  return (
    <>
      <h2 id="focus-areas-title">{da.planUi.focusAreasTitle}</h2>
      <ul className="link-list">
        {plan.focusAreas.map((area) => (
          <li key={area.slug}>
            <Link to={`/plan/indsatsomraader/${area.slug}`}>{area.name}</Link>
            {area.weeklyStaffHours === null
              ? null
              : ` – ${formatHours(area.weeklyStaffHours)} ${da.planUi.weeklyHours.toLocaleLowerCase('da')}`}
          </li>
        ))}
      </ul>
    </>
  );
}

export function PlanPage() {
  const plan = usePlan();
  const can = useCan();
  return (
    <Page title={da.plan.title}>
      <p className="lead">{da.plan.intro}</p>
      <QuerySection query={plan} label={da.plan.title}>
        {(data) => (
          <>
            <Facts plan={data} />
            <AreasTable areas={data.areas} />
            <AreaUncertainties areas={data.areas} />
          </>
        )}
      </QuerySection>
      {plan.data ? (
        <>
          <div className="panel-grid">
            <section className="panel" aria-labelledby="focus-areas-title">
              <FocusAreas plan={plan.data} />
            </section>
            <section className="panel" aria-labelledby="parties-title">
              <Parties plan={plan.data} />
            </section>
          </div>
          <section className="panel" aria-label={da.planUi.ageGroups}>
            <AgeGroupsTable areas={plan.data.areas} />
          </section>
        </>
      ) : null}
      {can('milestones.read') ? <MilestoneStatusPanel /> : null}
      {can('documents.read') ? <DocumentsPanel /> : null}
    </Page>
  );
}
