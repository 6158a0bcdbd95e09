import { da, formatDate } from '@helhed/core';
import { Link, useParams } from 'react-router';
import { Loading } from '../../../components/ui/loading.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { useCourse } from '../api/groups-api.ts';
import {
  CompletionForm,
  EnrolForm,
  EvaluationForm,
  SessionAttendance,
} from '../components/course-sections.tsx';
import { PublishEvaluation } from '../components/publish-evaluation.tsx';
import { RegistrationGate } from '../components/registration-gate.tsx';
import type { CourseDetail } from '../types.ts';

const r = da.registration;
const ui = da.registrationUi;

function Details({ course }: { course: CourseDetail }) {
  const facts: Array<[string, string]> = [
    [ui.title, course.title],
    [r.fields.activity, course.activityName],
    [ui.kind, r.courseKinds[course.kind]],
    [r.fields.team, course.teamName],
    [ui.startsOn, formatDate(course.startsOn)],
    [ui.endsOn, course.endsOn ? formatDate(course.endsOn) : ui.noValue],
    [ui.enrolled, String(course.enrolled)],
    [ui.completedCount, String(course.completed)],
  ];
  return (
    <>
      <section className="panel" aria-label={ui.groupTitle}>
        <dl className="facts">
          {facts.map(([label, value]) => (
            <div key={label} className="facts__row">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="panel" aria-labelledby="enrol-title">
        <h2 id="enrol-title">{ui.enrolSection}</h2>
        {course.enrolments.map((e) => (
          <CompletionForm key={`${e.id}-${e.completed}-${e.diplomaOn}`} course={course} enrolment={e} />
        ))}
        <EnrolForm course={course} />
      </section>
      <section className="panel" aria-labelledby="sessions-title">
        <h2 id="sessions-title">{ui.sessionsSection}</h2>
        {course.sessions.map((s) => (
          <SessionAttendance key={`${s.id}-${course.enrolments.length}`} course={course} session={s} />
        ))}
      </section>
      <section className="panel">
        <EvaluationForm course={course} />
      </section>
      <PublishEvaluation key={`${course.evaluation}-${course.publication?.publishedAt}`} course={course} />
    </>
  );
}

function Content({ id }: { id: string }) {
  const course = useCourse(id);
  return (
    <div aria-busy={course.isPending}>
      {course.isPending ? <Loading /> : null}
      {course.isError ? <QueryError error={course.error} /> : null}
      {course.data ? <Details course={course.data} /> : null}
    </div>
  );
}

export function CoursePage() {
  const { id = '' } = useParams();
  return (
    <Page title={ui.groupTitle}>
      <p>
        <Link to="/forloeb/hold">{ui.groupsTitle}</Link>
      </p>
      <RegistrationGate>
        <Content id={id} />
      </RegistrationGate>
    </Page>
  );
}
