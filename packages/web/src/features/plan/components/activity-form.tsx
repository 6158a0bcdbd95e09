import { da } from '@helhed/core';
import { type ChangeEvent, type FormEvent, useRef, useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { FormField, SelectField, TextField } from '../../../components/ui/form-field.tsx';
import { useFocusFirstInvalid } from '../../../hooks/use-focus-first-invalid.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { lines, serverFieldErrors } from '../lib/form-errors.ts';
import { parseDanishNumber } from '../lib/format.ts';
import type { Activity, ActivityInput, FocusAreaSummary } from '../types.ts';

type Values = {
  name: string;
  focusAreaSlug: string;
  purposes: string;
  targetGroup: string;
  referralSources: string;
  partners: string;
  format: string;
  weeklyStaffHours: string;
};
type Errors = Partial<Record<keyof Values, string>>;

/** The known forms, plus the activity's own text if the plan wrote something else. */
function formatOptions(current: string) {
  const known = Object.entries(da.planUi.formats).map(([value, label]) => ({ value, label }));
  const extra = current && !(current in da.planUi.formats) ? [{ value: current, label: current }] : [];
  return [{ value: '', label: da.planUi.formatNone }, ...known, ...extra];
}

export function activityValues(
  activity: Activity | null,
  focusAreas: ReadonlyArray<FocusAreaSummary>,
): Values {
  return {
    name: activity?.name ?? '',
    focusAreaSlug: activity?.focusAreaSlug ?? focusAreas[0]?.slug ?? '',
    purposes: activity?.purposes.join('\n') ?? '',
    targetGroup: activity?.targetGroup ?? '',
    referralSources: activity?.referralSources.join('\n') ?? '',
    partners: activity?.partners.join('\n') ?? '',
    format: activity?.format ?? '',
    weeklyStaffHours:
      activity?.weeklyStaffHours === null || !activity
        ? ''
        : String(activity.weeklyStaffHours).replace('.', ','),
  };
}

function validate(values: Values): { input: ActivityInput; errors: Errors } {
  const errors: Errors = {};
  if (!values.name.trim()) errors.name = da.planUi.nameRequired;
  else if (values.name.trim().length > 300) errors.name = da.planUi.nameTooLong;
  if (!values.focusAreaSlug) errors.focusAreaSlug = da.planUi.focusAreaRequired;
  const hours = parseDanishNumber(values.weeklyStaffHours);
  if (hours === 'invalid') errors.weeklyStaffHours = da.planUi.invalidNumber;
  else if (hours !== null && hours < 0) errors.weeklyStaffHours = da.planUi.invalidNonNegative;
  const input: ActivityInput = {
    name: values.name.trim(),
    focusAreaSlug: values.focusAreaSlug,
    purposes: lines(values.purposes),
    targetGroup: values.targetGroup.trim() || null,
    referralSources: lines(values.referralSources),
    partners: lines(values.partners),
    format: values.format.trim() || null,
    weeklyStaffHours: hours === 'invalid' ? null : hours,
  };
  return { input, errors };
}

type ActivityFormProps = {
  title: string;
  initial: Values;
  focusAreas: ReadonlyArray<FocusAreaSummary>;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (input: ActivityInput, onFailed: (error: unknown) => void) => void;
  onCancel?: () => void;
};

/** The fields of an activity with Danish messages next to each field; used for both create and edit. */
export function ActivityForm(props: ActivityFormProps) {
  const { title, initial, focusAreas, pending, error, submitLabel, onSubmit, onCancel } = props;
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);
  useFocusFirstInvalid(formRef, attempt);

  const change =
    (field: keyof Values) =>
    (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      setValues((current) => ({ ...current, [field]: event.target.value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const { input, errors: found } = validate(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    onSubmit(input, (failure) => {
      setErrors(serverFieldErrors(failure));
      setAttempt((n) => n + 1);
    });
  }

  const area = (
    field: 'purposes' | 'targetGroup' | 'referralSources' | 'partners',
    label: string,
    hint?: string,
  ) => (
    <FormField label={label} hint={hint} error={errors[field]}>
      {(control) => (
        <textarea
          className="input textarea"
          name={field}
          rows={4}
          value={values[field]}
          onChange={change(field)}
          {...control}
        />
      )}
    </FormField>
  );

  return (
    <form
      ref={formRef}
      className="form"
      noValidate
      onSubmit={handleSubmit}
      aria-labelledby="activity-form-title"
    >
      <h2 id="activity-form-title">{title}</h2>
      {error ? (
        <div data-error-summary tabIndex={-1}>
          <Alert tone="error">{errorMessage(error)}</Alert>
        </div>
      ) : null}
      <div className="form__grid">
        <TextField
          label={da.planUi.name}
          name="name"
          value={values.name}
          error={errors.name}
          onChange={change('name')}
        />
        <SelectField
          label={da.planUi.focusArea}
          name="focusAreaSlug"
          options={focusAreas.map((f) => ({ value: f.slug, label: f.name }))}
          value={values.focusAreaSlug}
          error={errors.focusAreaSlug}
          onChange={change('focusAreaSlug')}
        />
        <SelectField
          label={da.planUi.structure}
          name="format"
          options={formatOptions(values.format)}
          value={values.format}
          error={errors.format}
          onChange={change('format')}
        />
        <TextField
          label={da.planUi.weeklyHours}
          hint={da.planUi.hoursHint}
          name="weeklyStaffHours"
          inputMode="decimal"
          value={values.weeklyStaffHours}
          error={errors.weeklyStaffHours}
          onChange={change('weeklyStaffHours')}
        />
      </div>
      {area('purposes', da.planUi.purposes, da.planUi.purposesHint)}
      {area('targetGroup', da.planUi.targetGroup)}
      {area('referralSources', da.planUi.referralSources, da.planUi.referralHint)}
      {area('partners', da.planUi.partners, da.planUi.partnersHint)}
      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={pending}>
          {pending ? da.web.saving : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {da.planUi.cancel}
          </button>
        ) : null}
      </div>
    </form>
  );
}
