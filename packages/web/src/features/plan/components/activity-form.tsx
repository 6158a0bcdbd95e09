import { da } from '@helhed/core';
import { type FormEvent, useId } from 'react';
import { SelectField, TextField } from '../../../components/form/form-field.tsx';
import { ErrorSummary, SubmitButton } from '../../../components/form/form-shell.tsx';
import { TextareaField } from '../../../components/form/textarea-field.tsx';
import type { FieldErrors } from '../../../lib/form.ts';
import type { FormSubmit } from '../../../lib/use-form-submit.ts';
import {
  rowErrors,
  rowsInput,
  type SessionValues,
  sessionValues,
  type TargetGroupValues,
  targetGroupValues,
} from '../lib/activity-rows.ts';
import { lines } from '../lib/form-errors.ts';
import { parseDanishNumber } from '../lib/format.ts';
import type { Activity, ActivityInput, FocusAreaSummary, PlanArea } from '../types.ts';
import { SessionRows, TargetGroupRows } from './activity-rows.tsx';

export type ActivityValues = {
  name: string;
  focusAreaSlug: string;
  purposes: string;
  targetGroup: string;
  referralSources: string;
  partners: string;
  format: string;
  weeklyStaffHours: string;
  targetGroups: TargetGroupValues[];
  sessions: SessionValues[];
};

/** The known forms, plus the activity's own text if the plan wrote something else. */
function formatOptions(current: string) {
  const known = Object.entries(da.planUi.formats).map(([value, label]) => ({ value, label }));
  const extra = current && !(current in da.planUi.formats) ? [{ value: current, label: current }] : [];
  return [{ value: '', label: da.planUi.formatNone }, ...known, ...extra];
}

export function activityValues(
  activity: Activity | null,
  focusAreas: ReadonlyArray<FocusAreaSummary>,
): ActivityValues {
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
    targetGroups: targetGroupValues(activity),
    sessions: sessionValues(activity),
  };
}

/** The client-side checks, with Danish messages next to each field. */
export function activityErrors(values: ActivityValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.name.trim()) errors.name = da.planUi.nameRequired;
  else if (values.name.trim().length > 300) errors.name = da.planUi.nameTooLong;
  if (!values.focusAreaSlug) errors.focusAreaSlug = da.planUi.focusAreaRequired;
  const hours = parseDanishNumber(values.weeklyStaffHours);
  if (hours === 'invalid') errors.weeklyStaffHours = da.planUi.invalidNumber;
  else if (hours !== null && hours < 0) errors.weeklyStaffHours = da.planUi.invalidNonNegative;
  return { ...errors, ...rowErrors(values.targetGroups, values.sessions) };
}

/** The values as the API wants them: lists from lines, null for empty optional fields. */
export function activityInput(values: ActivityValues): ActivityInput {
  const hours = parseDanishNumber(values.weeklyStaffHours);
  return {
    name: values.name.trim(),
    focusAreaSlug: values.focusAreaSlug,
    purposes: lines(values.purposes),
    targetGroup: values.targetGroup.trim() || null,
    referralSources: lines(values.referralSources),
    partners: lines(values.partners),
    format: values.format.trim() || null,
    weeklyStaffHours: hours === 'invalid' ? null : hours,
    ...rowsInput(values.targetGroups, values.sessions),
  };
}

type ActivityFormProps = {
  /** The form hook (lib/use-form-submit.ts) of the create or the edit form. */
  form: FormSubmit<ActivityValues, unknown>;
  title: string;
  focusAreas: ReadonlyArray<FocusAreaSummary>;
  /** The plan's areas, to choose from for each target group. */
  areas: ReadonlyArray<PlanArea>;
  submitLabel: string;
  /** Instead of the hook's submit (the edit form closes without a request when nothing changed). */
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  onCancel?: () => void;
};

/** The fields of an activity with Danish messages next to each field; used for both create and edit. */
export function ActivityForm({
  form,
  title,
  focusAreas,
  areas,
  submitLabel,
  onSubmit,
  onCancel,
}: ActivityFormProps) {
  const titleId = useId();
  const { field, values } = form;
  const area = (
    key: 'purposes' | 'targetGroup' | 'referralSources' | 'partners',
    label: string,
    hint?: string,
  ) => <TextareaField label={label} hint={hint} rows={4} {...field(key)} />;

  return (
    <form
      ref={form.formRef}
      className="form"
      noValidate
      onSubmit={onSubmit ?? form.handleSubmit}
      aria-labelledby={titleId}
    >
      <h2 id={titleId}>{title}</h2>
      <ErrorSummary error={form.error} />
      <div className="form__grid">
        <TextField label={da.planUi.name} {...field('name')} />
        <SelectField
          label={da.planUi.focusArea}
          options={focusAreas.map((f) => ({ value: f.slug, label: f.name }))}
          {...field('focusAreaSlug')}
        />
        <SelectField
          label={da.planUi.structure}
          options={formatOptions(values.format)}
          {...field('format')}
        />
        <TextField
          label={da.planUi.weeklyHours}
          hint={da.planUi.hoursHint}
          inputMode="decimal"
          {...field('weeklyStaffHours')}
        />
      </div>
      {area('purposes', da.planUi.purposes, da.planUi.purposesHint)}
      {area('targetGroup', da.planUi.targetGroup)}
      <TargetGroupRows
        rows={values.targetGroups}
        areas={areas}
        errors={form.errors}
        onChange={(rows) => form.set('targetGroups', rows)}
      />
      <SessionRows
        rows={values.sessions}
        errors={form.errors}
        onChange={(rows) => form.set('sessions', rows)}
      />
      {area('referralSources', da.planUi.referralSources, da.planUi.referralHint)}
      {area('partners', da.planUi.partners, da.planUi.partnersHint)}
      <div className="form__actions">
        <SubmitButton pending={form.isPending} label={submitLabel} pendingLabel={da.web.saving} />
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {da.planUi.cancel}
          </button>
        ) : null}
      </div>
    </form>
  );
}
