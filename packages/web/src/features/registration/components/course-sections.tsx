import { da, fill } from '@helhed/core';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { FormField, SelectField, TextField } from '../../../components/ui/form-field.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useParticipants, useRegistrationMutation } from '../api/registration-api.ts';
import { fieldErrorsOf, todayInDenmark } from '../lib/form.ts';
import type { CourseDetail } from '../types.ts';
import { CheckboxField } from './checkbox-field.tsx';

const ui = da.registrationUi;
type Session = CourseDetail['sessions'][number];

function nameOf(course: CourseDetail, enrolmentId: string): string {
  return course.enrolments.find((e) => e.id === enrolmentId)?.displayName ?? ui.hiddenParticipant;
}

/** One session: date, who was present (by name) and how many came without a name. */
export function SessionAttendance({ course, session }: { course: CourseDetail; session: Session }) {
  const save = useRegistrationMutation<unknown, CourseDetail>(
    `/api/v1/group-courses/${course.id}/sessions/${session.id}/attendance`,
    'PUT',
  );
  const [heldOn, setHeldOn] = useState(session.heldOn ?? todayInDenmark());
  const [present, setPresent] = useState<Set<string>>(new Set(session.presentEnrolmentIds));
  const [count, setCount] = useState(session.anonymousCount === null ? '' : String(session.anonymousCount));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const label =
    fill(ui.sessionLabel, { number: session.number }) + (session.title ? `: ${session.title}` : '');
  const headingId = `session-${session.id}`;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const n = Number(count);
    save.mutate(
      {
        heldOn: heldOn || null,
        presentEnrolmentIds: [...present],
        anonymousCount: count.trim() === '' ? null : Number.isInteger(n) ? n : count,
      },
      { onSuccess: () => setErrors({}), onError: (error) => setErrors(fieldErrorsOf(error)) },
    );
  }

  return (
    <form className="form session-form" noValidate onSubmit={handleSubmit} aria-labelledby={headingId}>
      <h3 id={headingId}>{label}</h3>
      {save.isError ? <Alert tone="error">{errorMessage(save.error)}</Alert> : null}
      {save.isSuccess ? <Alert tone="success">{ui.attendanceSaved}</Alert> : null}
      <div className="form__grid">
        <TextField
          label={ui.heldOn}
          type="date"
          name="heldOn"
          value={heldOn}
          error={errors.heldOn}
          onChange={(e) => setHeldOn(e.target.value)}
        />
        <TextField
          label={ui.anonymousCount}
          name="anonymousCount"
          inputMode="numeric"
          value={count}
          error={errors.anonymousCount}
          onChange={(e) => setCount(e.target.value)}
        />
      </div>
      {course.enrolments.length > 0 ? (
        <fieldset className="fieldset">
          <legend>{ui.present}</legend>
          {course.enrolments.map((e) => (
            <CheckboxField
              key={e.id}
              label={nameOf(course, e.id)}
              name={`present-${e.id}`}
              checked={present.has(e.id)}
              onChange={(checked) =>
                setPresent((current) => {
                  const next = new Set(current);
                  if (checked) next.add(e.id);
                  else next.delete(e.id);
                  return next;
                })
              }
            />
          ))}
        </fieldset>
      ) : null}
      <button type="submit" className="button button--secondary">
        {ui.saveAttendance}
      </button>
    </form>
  );
}

export function EnrolForm({ course }: { course: CourseDetail }) {
  const participants = useParticipants('', true);
  const enrol = useRegistrationMutation<unknown, CourseDetail>(
    `/api/v1/group-courses/${course.id}/enrolments`,
  );
  const [participantId, setParticipantId] = useState('');
  const candidates = (participants.data ?? []).filter(
    (p) => !course.enrolments.some((e) => e.participantId === p.id),
  );
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (participantId)
      enrol.mutate(
        { participantId, enrolledOn: todayInDenmark() },
        { onSuccess: () => setParticipantId('') },
      );
  }
  return (
    <form className="form form--inline" noValidate onSubmit={handleSubmit} aria-label={ui.enrol}>
      {enrol.isError ? <Alert tone="error">{errorMessage(enrol.error)}</Alert> : null}
      <SelectField
        label={ui.chooseParticipant}
        name="participantId"
        options={[
          { value: '', label: ui.noValue },
          ...candidates.map((p) => ({ value: p.id, label: p.displayName ?? '' })),
        ]}
        value={participantId}
        onChange={(e) => setParticipantId(e.target.value)}
      />
      <button type="submit" className="button button--secondary">
        {ui.enrol}
      </button>
    </form>
  );
}

export function CompletionForm({
  course,
  enrolment,
}: {
  course: CourseDetail;
  enrolment: CourseDetail['enrolments'][number];
}) {
  const save = useRegistrationMutation<unknown, CourseDetail>(
    `/api/v1/group-courses/${course.id}/enrolments/${enrolment.id}/completion`,
  );
  const [completed, setCompleted] = useState(enrolment.completed);
  const [diplomaOn, setDiplomaOn] = useState(enrolment.diplomaOn ?? '');
  const name = enrolment.displayName ?? ui.hiddenParticipant;
  return (
    <form
      className="form form--inline"
      noValidate
      aria-label={name}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ completed, diplomaOn: completed && diplomaOn ? diplomaOn : null });
      }}
    >
      <p className="completion-name">{name}</p>
      <CheckboxField label={ui.completed} name="completed" checked={completed} onChange={setCompleted} />
      <TextField
        label={ui.diplomaOn}
        type="date"
        name="diplomaOn"
        value={diplomaOn}
        onChange={(e) => setDiplomaOn(e.target.value)}
      />
      <button type="submit" className="button button--secondary">
        {ui.saveCompletion}
      </button>
      {save.isError ? <Alert tone="error">{errorMessage(save.error)}</Alert> : null}
    </form>
  );
}

export function EvaluationForm({ course }: { course: CourseDetail }) {
  const save = useRegistrationMutation<unknown, CourseDetail>(
    `/api/v1/group-courses/${course.id}/evaluation`,
  );
  const [endsOn, setEndsOn] = useState(course.endsOn ?? todayInDenmark());
  const [evaluation, setEvaluation] = useState(course.evaluation ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  return (
    <form
      className="form"
      noValidate
      aria-labelledby="evaluation-title"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ endsOn, evaluation }, { onError: (error) => setErrors(fieldErrorsOf(error)) });
      }}
    >
      <h2 id="evaluation-title">{ui.evaluationSection}</h2>
      {save.isError ? <Alert tone="error">{errorMessage(save.error)}</Alert> : null}
      {save.isSuccess ? <Alert tone="success">{ui.evaluationSaved}</Alert> : null}
      <TextField
        label={ui.endsOn}
        type="date"
        name="endsOn"
        value={endsOn}
        error={errors.endsOn}
        onChange={(e) => setEndsOn(e.target.value)}
      />
      <FormField label={ui.evaluation} error={errors.evaluation}>
        {(control) => (
          <textarea
            className="input textarea"
            name="evaluation"
            rows={4}
            value={evaluation}
            onChange={(e) => setEvaluation(e.target.value)}
            {...control}
          />
        )}
      </FormField>
      <button type="submit" className="button">
        {ui.saveEvaluation}
      </button>
    </form>
  );
}
