import { da } from '@helhed/core';
import { Link } from 'react-router';
import { SelectField } from '../../../components/form/form-field.tsx';
import { ListSearch } from '../../../components/list-search.tsx';
import { PagedTable } from '../../../components/paged-table.tsx';
import type { Column } from '../../../components/ui/data-table.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { useListParams } from '../../../lib/use-list-params.ts';
import { HOUSEHOLD_FILTERS, HOUSEHOLD_PAGE_SIZE, useHouseholdPage } from '../api/get-households.ts';
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
    sortable: true,
    render: (h) => <Link to={`/genhusning/husstande/${h.id}`}>{h.contactName ?? ui.noValue}</Link>,
  },
  { key: 'phase', header: ui.phase, sortable: true, render: (h) => h.phaseName },
  { key: 'persons', header: f.persons, sortable: true, render: (h) => h.persons },
  {
    key: 'type',
    header: f.rehousingType,
    sortable: true,
    render: (h) => da.rehousing.rehousingType[h.rehousingType],
  },
  {
    key: 'status',
    header: f.status,
    sortable: true,
    render: (h) => (h.status ? da.rehousing.status[h.status] : ui.noValue),
  },
  {
    key: 'responsible',
    header: f.responsible,
    sortable: true,
    render: (h) => h.responsibleName ?? ui.noValue,
  },
];

const STATUS_OPTIONS = [
  { value: '', label: da.web.anyValue },
  ...Object.entries(da.rehousing.status).map(([value, label]) => ({ value, label })),
];

function HouseholdList() {
  const list = useListParams(HOUSEHOLD_FILTERS, { sort: 'name', dir: 'asc' });
  const { filters } = list.view;
  const phases = usePhases();
  const households = useHouseholdPage(list.view);
  return (
    <>
      <div className="rehousing-filters">
        <SelectField
          label={ui.phase}
          name="phaseId"
          options={[
            { value: '', label: ui.allPhases },
            ...(phases.data?.phases ?? []).map((p) => ({ value: p.id, label: p.name })),
          ]}
          value={filters.phaseId}
          onChange={list.choose('phaseId')}
        />
        <SelectField
          label={f.status}
          name="status"
          options={STATUS_OPTIONS}
          value={filters.status}
          onChange={list.choose('status')}
        />
      </div>
      <ListSearch key={filters.q} list={list} label={ui.searchHouseholds} />
      <PagedTable
        query={households}
        rowsOf={(page) => page.households}
        list={list}
        pageSize={HOUSEHOLD_PAGE_SIZE}
        caption={ui.householdsCaption}
        pagingLabel={ui.householdPaging}
        columns={COLUMNS}
        rowKey={(h) => h.id}
        emptyText={ui.noHouseholds}
      />
      {phases.data && phases.data.phases.length > 0 ? (
        <section className="panel">
          <HouseholdForm key={filters.phaseId} phases={phases.data.phases} phaseId={filters.phaseId} />
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
