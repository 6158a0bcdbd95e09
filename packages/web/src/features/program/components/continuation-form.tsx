import { da } from '@helhed/core';
import { useRef } from 'react';
import { SelectField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { byName, choicesOf, type FieldErrors, fieldErrorsOf } from '../../../lib/form.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { type ContinuationInput, useLinkContinuation } from '../api/continuations.ts';
import type { RegisterEntry } from '../types.ts';

const t = da.programUi.continuationForm;
type Direction = keyof typeof t.directions;
const DIRECTIONS: Direction[] = ['continues', 'continuedBy'];

type Values = {
  plan: string;
  activity: string;
  direction: Direction;
  otherPlan: string;
  otherActivity: string;
};
const initial: Values = { plan: '', activity: '', direction: 'continues', otherPlan: '', otherActivity: '' };

/** The request in the API's terms: the activity that continues, and the one it carries on. */
function toInput(v: Values): ContinuationInput {
  return v.direction === 'continues'
    ? { activityId: v.activity, previousActivityId: v.otherActivity }
    : { activityId: v.otherActivity, previousActivityId: v.activity };
}

/** The server names `activityId`/`previousActivityId`; the form shows them at the field chosen. */
function errorsAt(error: unknown, direction: Direction): FieldErrors {
  const found = fieldErrorsOf(error);
  const [current, previous] =
    direction === 'continues' ? ['activity', 'otherActivity'] : ['otherActivity', 'activity'];
  const mapped: FieldErrors = {};
  if (found.activityId) mapped[current] = found.activityId;
  if (found.previousActivityId) mapped[previous] = found.previousActivityId;
  return mapped;
}

/** Links an activity of one plan to an activity of another ("Videreføres af / Viderefører"). */
export function ContinuationForm({ slug, plans }: { slug: string; plans: RegisterEntry[] }) {
  const sent = useRef<Direction>('continues');
  const form = useFormSubmit({
    mutation: useLinkContinuation(slug),
    initial,
    validate: (v) => ({
      activity: v.activity ? undefined : t.required,
      otherActivity: v.otherActivity ? undefined : t.required,
    }),
    toBody: (v) => {
      sent.current = v.direction;
      return toInput(v);
    },
    errorsOf: (error) => errorsAt(error, sent.current),
    resetOnSuccess: true,
  });
  const { values, set } = form;
  const planOptions = choicesOf(
    t.choosePlan,
    plans.map((p) => ({ id: p.name, name: p.name })),
    byName,
  );
  const activitiesOf = (plan: string) =>
    choicesOf(t.chooseActivity, plans.find((p) => p.name === plan)?.activities ?? [], byName);
  const choosePlan = (key: 'plan' | 'otherPlan', activity: 'activity' | 'otherActivity') => ({
    ...form.field(key),
    onChange: (event: { target: { value: string } }) => {
      set(key, event.target.value);
      set(activity, '');
    },
  });

  return (
    <FormShell
      form={form}
      title={t.title}
      intro={t.intro}
      submitLabel={t.submit}
      pendingLabel={t.saving}
      notice={form.result ? <Alert tone="success">{t.saved}</Alert> : null}
    >
      <div className="form__grid">
        <SelectField label={t.plan} options={planOptions} {...choosePlan('plan', 'activity')} />
        <SelectField label={t.activity} options={activitiesOf(values.plan)} {...form.field('activity')} />
        <SelectField
          label={t.direction}
          options={DIRECTIONS.map((d) => ({ value: d, label: t.directions[d] }))}
          {...form.field('direction')}
        />
        <SelectField
          label={t.otherPlan}
          options={planOptions}
          {...choosePlan('otherPlan', 'otherActivity')}
        />
        <SelectField
          label={t.otherActivity}
          options={activitiesOf(values.otherPlan)}
          {...form.field('otherActivity')}
        />
      </div>
    </FormShell>
  );
}
