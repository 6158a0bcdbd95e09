import { da, fill } from '@helhed/core';
import { CheckboxField } from '../../../components/form/checkbox-field.tsx';
import { TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { TextareaField } from '../../../components/form/textarea-field.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { todayInDenmark } from '../../../lib/form.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useCompleteEnrolment } from '../api/complete-enrolment.ts';
import { useEnrolParticipant } from '../api/enrol-participant.ts';
import { useRecordAttendance } from '../api/record-attendance.ts';
import { useSaveEvaluation } from '../api/save-evaluation.ts';
import type { CourseDetail } from '../types.ts';
import { ParticipantPicker } from './participant-picker.tsx';

const ui = da.registrationUi;
type Session = CourseDetail['sessions'][number];

function nameOf(course: CourseDetail, enrolmentId: string): string {
  return course.enrolments.find((e) => e.id === enrolmentId)?.displayName ?? ui.hiddenParticipant;
}

/** One session: date, who was present (by name) and how many came without a name. */
export function SessionAttendance({ course, session }: { course: CourseDetail; session: Session }) {
  const form = useFormSubmit({
    mutation: useRecordAttendance(course.id, session.id),
    initial: () => ({
      heldOn: session.heldOn ?? todayInDenmark(),
      present: session.presentEnrolmentIds,
      anonymousCount: session.anonymousCount === null ? '' : String(session.anonymousCount),
    }),
    toBody: (v) => {
      const n = Number(v.anonymousCount);
      return {
        heldOn: v.heldOn || null,
        presentEnrolmentIds: v.present,
        anonymousCount: v.anonymousCount.trim() === '' ? null : Number.isInteger(n) ? n : v.anonymousCount,
      };
    },
  });
  const { present } = form.values;
  const title =
    fill(ui.sessionLabel, { number: session.number }) + (session.title ? `: ${session.title}` : '');

  return (
    <FormShell
      form={form}
      title={title}
      heading="h3"
      className="form session-form"
      submitLabel={ui.saveAttendance}
      submitClassName="button button--secondary"
      notice={form.result ? <Alert tone="success">{ui.attendanceSaved}</Alert> : null}
    >
      <div className="form__grid">
        <TextField label={ui.heldOn} type="date" {...form.field('heldOn')} />
        <TextField label={ui.anonymousCount} inputMode="numeric" {...form.field('anonymousCount')} />
      </div>
      {course.enrolments.length > 0 ? (
        <fieldset className="fieldset">
          <legend>{ui.present}</legend>
          {course.enrolments.map((e) => (
            <CheckboxField
              key={e.id}
              label={nameOf(course, e.id)}
              name={`present-${e.id}`}
              checked={present.includes(e.id)}
              onChange={(checked) =>
                form.set('present', checked ? [...present, e.id] : present.filter((id) => id !== e.id))
              }
            />
          ))}
        </fieldset>
      ) : null}
    </FormShell>
  );
}

export function EnrolForm({ course }: { course: CourseDetail }) {
  const form = useFormSubmit({
    mutation: useEnrolParticipant(course.id),
    initial: { participantId: '' },
    ready: (v) => v.participantId !== '',
    toBody: (v) => ({ participantId: v.participantId, enrolledOn: todayInDenmark() }),
    resetOnSuccess: true,
  });
  return (
    <FormShell form={form} label={ui.enrol} inline submitLabel={ui.enrol}>
      <ParticipantPicker
        exclude={course.enrolments.map((e) => e.participantId ?? '')}
        {...form.field('participantId')}
      />
    </FormShell>
  );
}

export function CompletionForm({
  course,
  enrolment,
}: {
  course: CourseDetail;
  enrolment: CourseDetail['enrolments'][number];
}) {
  const form = useFormSubmit({
    mutation: useCompleteEnrolment(course.id, enrolment.id),
    initial: { completed: enrolment.completed, diplomaOn: enrolment.diplomaOn ?? '' },
    toBody: (v) => ({ completed: v.completed, diplomaOn: v.completed && v.diplomaOn ? v.diplomaOn : null }),
  });
  const name = enrolment.displayName ?? ui.hiddenParticipant;
  return (
    <FormShell form={form} label={name} inline submitLabel={ui.saveCompletion}>
      <p className="completion-name">{name}</p>
      <CheckboxField label={ui.completed} {...form.checkbox('completed')} />
      <TextField label={ui.diplomaOn} type="date" {...form.field('diplomaOn')} />
    </FormShell>
  );
}

export function EvaluationForm({ course }: { course: CourseDetail }) {
  const form = useFormSubmit({
    mutation: useSaveEvaluation(course.id),
    initial: () => ({ endsOn: course.endsOn ?? todayInDenmark(), evaluation: course.evaluation ?? '' }),
    toBody: (v) => v,
  });
  return (
    <FormShell
      form={form}
      title={ui.evaluationSection}
      submitLabel={ui.saveEvaluation}
      notice={form.result ? <Alert tone="success">{ui.evaluationSaved}</Alert> : null}
    >
      <TextField label={ui.endsOn} type="date" {...form.field('endsOn')} />
      <TextareaField label={ui.evaluation} rows={4} {...form.field('evaluation')} />
    </FormShell>
  );
}
