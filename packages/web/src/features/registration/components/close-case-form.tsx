import { da } from '@helhed/core';
import { type FormEvent, useRef, useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField, TextField } from '../../../components/ui/form-field.tsx';
import { useFocusFirstInvalid } from '../../../hooks/use-focus-first-invalid.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useRegistrationMutation } from '../api/registration-api.ts';
import { fieldErrorsOf, optionsOf, todayInDenmark } from '../lib/form.ts';
import type { CaseDetail, CaseStatus, Outcome } from '../types.ts';

const r = da.registration;
const ui = da.registrationUi;
const OUTCOMES = Object.keys(r.outcomes) as Outcome[];

export function CloseCaseForm({ caseId }: { caseId: string }) {
  const close = useRegistrationMutation<unknown, CaseDetail>(`/api/v1/cases/${caseId}/close`);
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState({ endedOn: todayInDenmark(), outcome: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  useFocusFirstInvalid(formRef, attempt);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (close.isPending) return;
    if (!values.outcome) {
      setErrors({ outcome: r.errors.outcomeRequired });
      setAttempt((n) => n + 1);
      return;
    }
    close.mutate(values, {
      onError: (error) => {
        setErrors(fieldErrorsOf(error));
        setAttempt((n) => n + 1);
      },
    });
  }

  return (
    <form
      ref={formRef}
      className="form"
      noValidate
      onSubmit={handleSubmit}
      aria-labelledby="close-form-title"
    >
      <h3 id="close-form-title">{ui.closeCaseTitle}</h3>
      {close.isError ? (
        <div data-error-summary tabIndex={-1}>
          <Alert tone="error">{errorMessage(close.error)}</Alert>
        </div>
      ) : null}
      <div className="form__grid">
        <SelectField
          label={r.fields.outcome}
          name="outcome"
          options={[{ value: '', label: ui.noValue }, ...optionsOf(r.outcomes, OUTCOMES)]}
          value={values.outcome}
          error={errors.outcome}
          onChange={(e) => setValues((v) => ({ ...v, outcome: e.target.value }))}
        />
        <TextField
          label={r.fields.endedOn}
          type="date"
          name="endedOn"
          value={values.endedOn}
          error={errors.endedOn}
          onChange={(e) => setValues((v) => ({ ...v, endedOn: e.target.value }))}
        />
      </div>
      <button type="submit" className="button" aria-disabled={close.isPending}>
        {close.isPending ? ui.saving : ui.closeCase}
      </button>
    </form>
  );
}

export function StatusToggle({ caseId, status }: { caseId: string; status: CaseStatus }) {
  const change = useRegistrationMutation<unknown, CaseDetail>(`/api/v1/cases/${caseId}/status`);
  if (status === 'closed') return null;
  const next = status === 'open' ? 'retention' : 'open';
  return (
    <>
      {change.isError ? <Alert tone="error">{errorMessage(change.error)}</Alert> : null}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => change.mutate({ status: next })}
      >
        {next === 'retention' ? ui.setRetention : ui.setOpen}
      </button>
    </>
  );
}
