import { da } from '@helhed/core';
import { Link, useSearchParams } from 'react-router';
import { SelectField } from '../../../components/form/form-field.tsx';
import { QueryTable } from '../../../components/query-table.tsx';
import type { Column } from '../../../components/ui/data-table.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { useHouseholds } from '../api/get-households.ts';
import { usePhases } from '../api/get-phases.ts';
import { HouseholdForm } from '../components/household-form.tsx';
import { RehousingNav, useSeesHouseholds } from '../components/rehousing-nav.tsx';
import type { Household } from '../types.ts';

const ui = da.rehousingUi;
const f = ui.fields;

const COLUMNS: Column<Household>[] = [
  {
    key: 'name',
    header: f.contactName,
    rowHeader: true,
    sortValue: (h) => h.contactName,
    render: (h) => <Link to={`/genhusning/husstande/${h.id}`}>{h.contactName ?? ui.noValue}</Link>,
  },
  { key: 'phase', header: ui.phase, sortValue: (h) => h.phaseName, render: (h) => h.phaseName },
  { key: 'persons', header: f.persons, sortValue: (h) => h.persons, render: (h) => h.persons },
  {
    key: 'type',
    header: f.rehousingType,
    sortValue: (h) => da.rehousing.rehousingType[h.rehousingType],
    render: (h) => da.rehousing.rehousingType[h.rehousingType],
  },
  {
    key: 'status',
    header: f.status,
    sortValue: (h) => (h.status ? da.rehousing.status[h.status] : ''),
    render: (h) => (h.status ? da.rehousing.status[h.status] : ui.noValue),
  },
  {
    key: 'responsible',
    header: f.responsible,
    sortValue: (h) => h.responsibleName,
    render: (h) => h.responsibleName ?? ui.noValue,
  },
];

function HouseholdList() {
  const [params, setParams] = useSearchParams();
  const phaseId = params.get('etape') ?? '';
  const phases = usePhases();
  const households = useHouseholds(phaseId);
  return (
    <>
      <div className="rehousing-filters">
        <SelectField
          label={ui.phase}
          name="etape"
          options={[
            { value: '', label: ui.allPhases },
            ...(phases.data?.phases ?? []).map((p) => ({ value: p.id, label: p.name })),
          ]}
          value={phaseId}
          onChange={(e) => setParams(e.target.value ? { etape: e.target.value } : {})}
        />
      </div>
      <QueryTable
        query={households}
        caption={ui.householdsCaption}
        columns={COLUMNS}
        rowKey={(h) => h.id}
        emptyText={ui.noHouseholds}
        filterable
        initialSort={{ key: 'name', direction: 'ascending' }}
      />
      {phases.data && phases.data.phases.length > 0 ? (
        <section className="panel">
          <HouseholdForm key={phaseId} phases={phases.data.phases} phaseId={phaseId} />
        </section>
      ) : null}
    </>
  );
}

export function HouseholdsPage() {
  const sees = useSeesHouseholds();
  return (
    <Page title={ui.households}>
      <RehousingNav />
      {sees ? <HouseholdList /> : <p className="notice">{ui.noAccess}</p>}
    </Page>
  );
}
