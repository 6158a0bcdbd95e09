import { da, fill } from '@helhed/core';
import { type FormEvent, useRef, useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { FormField, TextField } from '../../../components/ui/form-field.tsx';
import { useFocusFirstInvalid } from '../../../hooks/use-focus-first-invalid.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useUpdateSubAgreement } from '../api/update-sub-agreement.ts';
import { lines, serverFieldErrors } from '../lib/form-errors.ts';
import { formatHours, parseDanishNumber } from '../lib/format.ts';
import type { SubAgreement, SubAgreementInput } from '../types.ts';

type Values = { weeklyStaffHours: string; parties: string; revisionText: string };
type Errors = Partial<Record<keyof Values, string>>;

function initialValues(s: SubAgreement): Values {
  return {
    weeklyStaffHours: s.weeklyStaffHours === null ? '' : formatHours(s.weeklyStaffHours).replace(/\./g, ''),
    parties: s.parties.map((p) => (p.title ? `${p.title}, ${p.organisation}` : p.organisation)).join('\n'),
    revisionText: s.revisionText ?? '',
  };
}

function toInput(values: Values, original: SubAgreement): { input: SubAgreementInput; errors: Errors } {
  const errors: Errors = {};
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
  const update = useUpdateSubAgreement(subAgreement.id);
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Values>(() => initialValues(subAgreement));
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);
  useFocusFirstInvalid(formRef, attempt);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    const { input, errors: found } = toInput(values, subAgreement);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    if (Object.keys(input).length === 0) {
      onDone(false);
      return;
    }
    update.mutate(input, {
      onSuccess: () => onDone(true),
      onError: (error) => {
        setErrors(serverFieldErrors(error));
        setAttempt((n) => n + 1);
      },
    });
  }

  const set = (field: keyof Values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  return (
    <form
      ref={formRef}
      className="form"
      noValidate
      onSubmit={handleSubmit}
      aria-labelledby="sub-agreement-form"
    >
      <h3 id="sub-agreement-form">{da.planUi.editSubAgreement}</h3>
      {update.isError ? (
        <div data-error-summary tabIndex={-1}>
          <Alert tone="error">{errorMessage(update.error)}</Alert>
        </div>
      ) : null}
      <TextField
        label={da.planUi.weeklyHours}
        hint={da.planUi.hoursHint}
        name="weeklyStaffHours"
        inputMode="decimal"
        value={values.weeklyStaffHours}
        error={errors.weeklyStaffHours}
        onChange={(e) => set('weeklyStaffHours')(e.target.value)}
      />
      <FormField
        label={da.planUi.subAgreementParties}
        hint={da.planUi.partiesEditHint}
        error={errors.parties}
      >
        {(control) => (
          <textarea
            className="input textarea"
            name="parties"
            rows={5}
            value={values.parties}
            onChange={(e) => set('parties')(e.target.value)}
            {...control}
          />
        )}
      </FormField>
      <FormField label={da.planUi.revision} hint={da.planUi.revisionHint} error={errors.revisionText}>
        {(control) => (
          <textarea
            className="input textarea"
            name="revisionText"
            rows={3}
            value={values.revisionText}
            onChange={(e) => set('revisionText')(e.target.value)}
            {...control}
          />
        )}
      </FormField>
      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={update.isPending}>
          {update.isPending ? da.web.saving : da.planUi.save}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          {da.planUi.cancel}
        </button>
      </div>
    </form>
  );
}
