import { da, fill } from '@helhed/core';
import type { FormEvent } from 'react';
import { TextField } from '../../../components/form/form-field.tsx';
import { ErrorSummary, SubmitButton } from '../../../components/form/form-shell.tsx';
import { TextareaField } from '../../../components/form/textarea-field.tsx';
import type { FieldErrors } from '../../../lib/form.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useUpdateSubAgreement } from '../api/update-sub-agreement.ts';
import { lines, serverFieldErrors } from '../lib/form-errors.ts';
import { formatHours, parseDanishNumber } from '../lib/format.ts';
import type { SubAgreement, SubAgreementInput } from '../types.ts';

type Values = { weeklyStaffHours: string; parties: string; revisionText: string };

function initialValues(s: SubAgreement): Values {
  return {
    weeklyStaffHours: s.weeklyStaffHours === null ? '' : formatHours(s.weeklyStaffHours).replace(/\./g, ''),
    parties: s.parties.map((p) => (p.title ? `${p.title}, ${p.organisation}` : p.organisation)).join('\n'),
    revisionText: s.revisionText ?? '',
  };
}

function toInput(values: Values, original: SubAgreement): { input: SubAgreementInput; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const hours = parseDanishNumber(values.weeklyStaffHours);
  if (hours === 'invalid') errors.weeklyStaffHours = da.planUi.invalidNumber;
  else if (hours !== null && hours < 0) errors.weeklyStaffHours = da.planUi.invalidNonNegative;
  const initial = initialValues(original);
  const partiesChanged = values.parties.trim() !== initial.parties.trim();
  const parties = lines(values.parties).map((line, index) => {
    // "Titel, Organisation", or just "Organisation" where the plan names no title.
    const comma = line.indexOf(',');
    const title = comma < 0 ? null : line.slice(0, comma).trim() || null;
    const organisation = (comma < 0 ? line : line.slice(comma + 1)).trim();
    if (partiesChanged && !organisation && !errors.parties) {
      errors.parties = fill(da.planUi.partyLineInvalid, { line: index + 1 });
    }
    const before = original.parties.find((p) => p.title === title && p.organisation === organisation);
    return { title, organisation, includes: before?.includes ?? [] };
  });
  // Only what the user changed is sent, so the history shows exactly that and nothing else is rewritten.
  const input: SubAgreementInput = {};
  if (values.weeklyStaffHours.trim() !== initial.weeklyStaffHours && hours !== 'invalid') {
    input.weeklyStaffHours = hours;
  }
  if (partiesChanged) input.parties = parties;
  if (values.revisionText.trim() !== initial.revisionText.trim()) {
    input.revisionText = values.revisionText.trim() || null;
  }
  return { input, errors };
}

type SubAgreementFormProps = { subAgreement: SubAgreement; onDone: (saved: boolean) => void };

export function SubAgreementForm({ subAgreement, onDone }: SubAgreementFormProps) {
  const form = useFormSubmit({
    mutation: useUpdateSubAgreement(subAgreement.id),
    initial: () => initialValues(subAgreement),
    validate: (values) => toInput(values, subAgreement).errors,
    toBody: (values) => toInput(values, subAgreement).input,
    errorsOf: serverFieldErrors,
    onSuccess: () => onDone(true),
  });
  // Nothing changed: the form closes without a request.
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    const { input, errors } = toInput(form.values, subAgreement);
    if (form.isPending || Object.keys(errors).length > 0 || Object.keys(input).length > 0) {
      form.handleSubmit(event);
      return;
    }
    event.preventDefault();
    onDone(false);
  }
  const { field } = form;

  return (
    <form
      ref={form.formRef}
      className="form"
      noValidate
      onSubmit={handleSubmit}
      aria-labelledby="sub-agreement-form"
    >
      <h3 id="sub-agreement-form">{da.planUi.editSubAgreement}</h3>
      <ErrorSummary error={form.error} />
      <TextField
        label={da.planUi.weeklyHours}
        hint={da.planUi.hoursHint}
        inputMode="decimal"
        {...field('weeklyStaffHours')}
      />
      <TextareaField
        label={da.planUi.subAgreementParties}
        hint={da.planUi.partiesEditHint}
        rows={5}
        {...field('parties')}
      />
      <TextareaField
        label={da.planUi.revision}
        hint={da.planUi.revisionHint}
        rows={3}
        {...field('revisionText')}
      />
      <div className="form__actions">
        <SubmitButton pending={form.isPending} label={da.planUi.save} pendingLabel={da.web.saving} />
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          {da.planUi.cancel}
        </button>
      </div>
    </form>
  );
}
