import { da } from '@helhed/core';
import { Link, useSearchParams } from 'react-router';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import { SelectField } from '../../../components/ui/form-field.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { useHouseholds, usePhases } from '../api/rehousing-api.ts';
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
      <section className="panel" aria-busy={households.isPending} aria-label={ui.householdsCaption}>
        {households.isPending ? <Loading /> : null}
        {households.isError ? (
          <QueryError error={households.error} onRetry={() => households.refetch()} />
        ) : null}
        {households.data ? (
          <DataTable
            caption={ui.householdsCaption}
            columns={COLUMNS}
            rows={households.data}
            rowKey={(h) => h.id}
            emptyText={ui.noHouseholds}
            filterable
            initialSort={{ key: 'name', direction: 'ascending' }}
          />
        ) : null}
      </section>
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
