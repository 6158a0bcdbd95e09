import { da, formatDate } from '@helhed/core';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { useCourses } from '../api/groups-api.ts';
import { useRegistrationOptions } from '../api/registration-api.ts';
import { CourseForm } from '../components/course-form.tsx';
import { RegistrationGate } from '../components/registration-gate.tsx';
import type { CourseSummary } from '../types.ts';

const r = da.registration;
const ui = da.registrationUi;

const COLUMNS: Column<CourseSummary>[] = [
  {
    key: 'title',
    header: ui.title,
    rowHeader: true,
    sortValue: (c) => c.title,
    render: (c) => <Link to={`/forloeb/hold/${c.id}`}>{c.title}</Link>,
  },
  {
    key: 'activity',
    header: r.fields.activity,
    sortValue: (c) => c.activityName,
    render: (c) => c.activityName,
  },
  { key: 'kind', header: ui.kind, sortValue: (c) => c.kind, render: (c) => r.courseKinds[c.kind] },
  { key: 'start', header: ui.startsOn, sortValue: (c) => c.startsOn, render: (c) => formatDate(c.startsOn) },
  { key: 'enrolled', header: ui.enrolled, sortValue: (c) => c.enrolled, render: (c) => c.enrolled },
  { key: 'completed', header: ui.completedCount, sortValue: (c) => c.completed, render: (c) => c.completed },
];

function Content() {
  const courses = useCourses();
  const options = useRegistrationOptions();
  return (
    <>
      <p className="lead">{ui.groupsIntro}</p>
      <section className="panel" aria-busy={courses.isPending} aria-label={ui.groupsCaption}>
        {courses.isPending ? <Loading /> : null}
        {courses.isError ? <QueryError error={courses.error} onRetry={() => courses.refetch()} /> : null}
        {courses.data ? (
          <DataTable
            caption={ui.groupsCaption}
            columns={COLUMNS}
            rows={courses.data}
            rowKey={(c) => c.id}
            emptyText={ui.noGroups}
            filterable
          />
        ) : null}
      </section>
      {options.data ? (
        <section className="panel">
          <CourseForm options={options.data} />
        </section>
      ) : null}
    </>
  );
}

export function CoursesPage() {
  return (
    <Page title={ui.groupsTitle}>
      <p>
        <Link to="/forloeb">{da.nav.cases}</Link>
      </p>
      <RegistrationGate>
        <Content />
      </RegistrationGate>
    </Page>
  );
}
