import { da, formatDate } from '@helhed/core';
import { Facts } from '../../../components/ui/facts.tsx';
import { useCourse } from '../api/get-course.ts';
import {
  CompletionForm,
  EnrolForm,
  EvaluationForm,
  SessionAttendance,
} from '../components/course-sections.tsx';
import { PublishEvaluation } from '../components/publish-evaluation.tsx';
import { RegistrationItemPage } from '../components/registration-page.tsx';
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
        <Facts rows={facts} />
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

export function CoursePage() {
  return (
    <RegistrationItemPage
      title={ui.groupTitle}
      back={{ to: '/forloeb/hold', label: ui.groupsTitle }}
      useItem={useCourse}
    >
      {(data) => <Details course={data} />}
    </RegistrationItemPage>
  );
}
