import { da } from '@helhed/core';
import { Link } from 'react-router';
import { QuerySection } from '../../../components/query-section.tsx';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { useCan } from '../../auth/api/get-session.ts';
import { useActivities } from '../api/get-activities.ts';
import { usePlan } from '../api/get-plan.ts';
import { NewActivity } from '../components/new-activity.tsx';
import { formatActivityFormat, formatHours } from '../lib/format.ts';
import type { ActivitySummary } from '../types.ts';

const COLUMNS: Array<Column<ActivitySummary>> = [
  {
    key: 'name',
    header: da.planUi.activity,
    render: (a) => <Link to={`/plan/aktiviteter/${a.id}`}>{a.name}</Link>,
    sortValue: (a) => a.name,
    rowHeader: true,
  },
  {
    key: 'focusArea',
    header: da.planUi.focusArea,
    render: (a) => a.focusAreaName,
    sortValue: (a) => a.focusAreaName,
  },
  {
    key: 'format',
    header: da.planUi.structure,
    render: (a) => formatActivityFormat(a.format),
    sortValue: (a) => formatActivityFormat(a.format),
  },
  {
    key: 'hours',
    header: da.planUi.weeklyHours,
    render: (a) => (a.weeklyStaffHours === null ? da.web.empty : formatHours(a.weeklyStaffHours)),
    sortValue: (a) => a.weeklyStaffHours,
  },
];

export function ActivitiesPage() {
  const activities = useActivities();
  const plan = usePlan();
  const can = useCan();
  return (
    <Page title={da.planUi.activitiesTitle}>
      <p className="lead">{da.planUi.activitiesIntro}</p>
      <QuerySection query={activities} label={da.planUi.activitiesTitle}>
        {(data) => (
          <DataTable
            caption={da.planUi.activitiesTitle}
            columns={COLUMNS}
            rows={data.activities}
            rowKey={(a) => a.id}
            emptyText={da.planUi.noActivities}
            filterable
            initialSort={{ key: 'focusArea', direction: 'ascending' }}
          />
        )}
      </QuerySection>
      {can('plan.edit') && plan.data ? (
        <section className="panel">
          <NewActivity focusAreas={plan.data.focusAreas} areas={plan.data.areas} />
        </section>
      ) : null}
    </Page>
  );
}
