import { da, formatDate } from '@helhed/core';
import { Link } from 'react-router';
import { QueryTable } from '../../../components/query-table.tsx';
import type { Column } from '../../../components/ui/data-table.tsx';
import { useCourses } from '../api/get-courses.ts';
import { useRegistrationOptions } from '../api/get-options.ts';
import { CourseForm } from '../components/course-form.tsx';
import { RegistrationPage } from '../components/registration-page.tsx';
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
      <QueryTable
        query={courses}
        caption={ui.groupsCaption}
        columns={COLUMNS}
        rowKey={(c) => c.id}
        emptyText={ui.noGroups}
        filterable
      />
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
    <RegistrationPage title={ui.groupsTitle} back={{ to: '/forloeb', label: da.nav.cases }}>
      <Content />
    </RegistrationPage>
  );
}
