import { da } from '@helhed/core';
import { useNavigate } from 'react-router';
import { SelectField, TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { byName, choicesOf, optionsOf, todayInDenmark } from '../../../lib/form.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useCreateCourse } from '../api/create-course.ts';
import type { CourseKind, RegistrationOptions } from '../types.ts';

const r = da.registration;
const ui = da.registrationUi;
const KINDS: CourseKind[] = ['course', 'group', 'event'];

export function CourseForm({ options }: { options: RegistrationOptions }) {
  const navigate = useNavigate();
  const form = useFormSubmit({
    mutation: useCreateCourse(),
    initial: () => ({
      activityId: '',
      kind: 'course' as CourseKind,
      title: '',
      startsOn: todayInDenmark(),
      sessionCount: '1',
    }),
    clientKey: true,
    toBody: (v, clientKey) => {
      const count = Number(v.sessionCount);
      return { clientKey, ...v, sessionCount: Number.isInteger(count) ? count : v.sessionCount };
    },
    onSuccess: (course) => navigate(`/forloeb/hold/${course.id}`),
  });

  return (
    <FormShell form={form} title={ui.newGroup} submitLabel={ui.createGroup} pendingLabel={ui.saving}>
      <div className="form__grid">
        <SelectField
          label={r.fields.activity}
          options={choicesOf(ui.chooseActivity, options.activities, byName)}
          {...form.field('activityId')}
        />
        <SelectField label={ui.kind} options={optionsOf(r.courseKinds, KINDS)} {...form.field('kind')} />
        <TextField label={ui.title} autoComplete="off" {...form.field('title')} />
        <TextField label={ui.startsOn} type="date" {...form.field('startsOn')} />
        <TextField
          label={ui.sessionCount}
          hint={ui.sessionCountHint}
          inputMode="numeric"
          {...form.field('sessionCount')}
        />
      </div>
    </FormShell>
  );
}
