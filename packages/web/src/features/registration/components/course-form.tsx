import { da } from '@helhed/core';
import { type FormEvent, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField, TextField } from '../../../components/ui/form-field.tsx';
import { useFocusFirstInvalid } from '../../../hooks/use-focus-first-invalid.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { newClientKey } from '../../../lib/client-key.ts';
import { useRegistrationMutation } from '../api/registration-api.ts';
import { fieldErrorsOf, optionsOf, todayInDenmark } from '../lib/form.ts';
import type { CourseDetail, CourseKind, RegistrationOptions } from '../types.ts';

const r = da.registration;
const ui = da.registrationUi;
const KINDS: CourseKind[] = ['course', 'group', 'event'];

export function CourseForm({ options }: { options: RegistrationOptions }) {
  const navigate = useNavigate();
  const create = useRegistrationMutation<unknown, CourseDetail>('/api/v1/group-courses');
  const formRef = useRef<HTMLFormElement>(null);
  const clientKey = useRef<string | null>(null);
  const [values, setValues] = useState({
    activityId: '',
    kind: 'course' as CourseKind,
    title: '',
    startsOn: todayInDenmark(),
    sessionCount: '1',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  useFocusFirstInvalid(formRef, attempt);
  const set = (key: keyof typeof values, value: string) => setValues((v) => ({ ...v, [key]: value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    clientKey.current ??= newClientKey();
    const count = Number(values.sessionCount);
    create.mutate(
      {
        clientKey: clientKey.current,
        activityId: values.activityId,
        kind: values.kind,
        title: values.title,
        startsOn: values.startsOn,
        sessionCount: Number.isInteger(count) ? count : values.sessionCount,
      },
      {
        onSuccess: (course) => navigate(`/forloeb/hold/${course.id}`),
        onError: (error) => {
          setErrors(fieldErrorsOf(error));
          setAttempt((n) => n + 1);
        },
      },
    );
  }

  return (
    <form
      ref={formRef}
      className="form"
      noValidate
      onSubmit={handleSubmit}
      aria-labelledby="course-form-title"
    >
      <h2 id="course-form-title">{ui.newGroup}</h2>
      {create.isError ? (
        <div data-error-summary tabIndex={-1}>
          <Alert tone="error">{errorMessage(create.error)}</Alert>
        </div>
      ) : null}
      <div className="form__grid">
        <SelectField
          label={r.fields.activity}
          name="activityId"
          options={[
            { value: '', label: ui.chooseActivity },
            ...options.activities.map((a) => ({ value: a.id, label: a.name })),
          ]}
          value={values.activityId}
          error={errors.activityId}
          onChange={(e) => set('activityId', e.target.value)}
        />
        <SelectField
          label={ui.kind}
          name="kind"
          options={optionsOf(r.courseKinds, KINDS)}
          value={values.kind}
          error={errors.kind}
          onChange={(e) => set('kind', e.target.value)}
        />
        <TextField
          label={ui.title}
          name="title"
          autoComplete="off"
          value={values.title}
          error={errors.title}
          onChange={(e) => set('title', e.target.value)}
        />
        <TextField
          label={ui.startsOn}
          type="date"
          name="startsOn"
          value={values.startsOn}
          error={errors.startsOn}
          onChange={(e) => set('startsOn', e.target.value)}
        />
        <TextField
          label={ui.sessionCount}
          hint={ui.sessionCountHint}
          name="sessionCount"
          inputMode="numeric"
          value={values.sessionCount}
          error={errors.sessionCount}
          onChange={(e) => set('sessionCount', e.target.value)}
        />
      </div>
      <button type="submit" className="button" aria-disabled={create.isPending}>
        {create.isPending ? ui.saving : ui.createGroup}
      </button>
    </form>
  );
}
