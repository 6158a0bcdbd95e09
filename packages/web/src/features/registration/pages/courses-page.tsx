import { da, formatDate } from '@helhed/core';
import { Link } from 'react-router';
import { SelectField } from '../../../components/form/form-field.tsx';
import { ListSearch } from '../../../components/list-search.tsx';
import { PagedTable } from '../../../components/paged-table.tsx';
import type { Column } from '../../../components/ui/data-table.tsx';
import { byName, choicesOf } from '../../../lib/form.ts';
import { useListParams } from '../../../lib/use-list-params.ts';
import { COURSE_FILTERS, COURSE_PAGE_SIZE, useCoursePage } from '../api/get-courses.ts';
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
    sortable: true,
    render: (c) => <Link to={`/forloeb/hold/${c.id}`}>{c.title}</Link>,
  },
  {
    key: 'activity',
    header: r.fields.activity,
    render: (c) => c.activityName,
  },
  { key: 'kind', header: ui.kind, render: (c) => r.courseKinds[c.kind] },
  { key: 'starts', header: ui.startsOn, sortable: true, render: (c) => formatDate(c.startsOn) },
  { key: 'enrolled', header: ui.enrolled, render: (c) => c.enrolled },
  { key: 'completed', header: ui.completedCount, render: (c) => c.completed },
];

function Content() {
  const list = useListParams(COURSE_FILTERS, { sort: 'starts', dir: 'desc' });
  const courses = useCoursePage(list.view);
  const options = useRegistrationOptions();
  return (
    <>
      <p className="lead">{ui.groupsIntro}</p>
      <SelectField
        label={r.fields.activity}
        name="activityId"
        options={choicesOf(da.web.anyValue, options.data?.activities ?? [], byName)}
        value={list.view.filters.activityId}
        onChange={list.choose('activityId')}
      />
      <ListSearch key={list.view.filters.q} list={list} label={ui.searchCourses} />
      <PagedTable
        query={courses}
        rowsOf={(page) => page.courses}
        list={list}
        pageSize={COURSE_PAGE_SIZE}
        caption={ui.groupsCaption}
        pagingLabel={ui.coursePaging}
        columns={COLUMNS}
        rowKey={(c) => c.id}
        emptyText={ui.noGroups}
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
