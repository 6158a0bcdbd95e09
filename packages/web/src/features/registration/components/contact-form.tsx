import { da } from '@helhed/core';
import { type FormEvent, useRef, useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField, TextField } from '../../../components/ui/form-field.tsx';
import { useFocusFirstInvalid } from '../../../hooks/use-focus-first-invalid.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { newClientKey } from '../../../lib/client-key.ts';
import { useRegistrationMutation } from '../api/registration-api.ts';
import { fieldErrorsOf, optionsOf, todayInDenmark } from '../lib/form.ts';
import type { CaseDetail, ContactKind } from '../types.ts';

const r = da.registration;
const ui = da.registrationUi;
const KINDS: ContactKind[] = ['meeting', 'three-party', 'phone', 'home-visit', 'other'];

/**
 * Registering a meeting takes a few keystrokes: the note field has focus after each save, date
 * and kind default to today and "Møde", and Enter saves. A retried save never logs it twice.
 */
export function ContactForm({ caseId }: { caseId: string }) {
  const save = useRegistrationMutation<unknown, CaseDetail>(`/api/v1/cases/${caseId}/contacts`);
  const formRef = useRef<HTMLFormElement>(null);
  const clientKey = useRef<string | null>(null);
  const [values, setValues] = useState({
    occurredOn: todayInDenmark(),
    kind: 'meeting' as ContactKind,
    note: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);
  useFocusFirstInvalid(formRef, attempt);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(false);
    clientKey.current ??= newClientKey();
    save.mutate(
      { clientKey: clientKey.current, ...values },
      {
        onSuccess: () => {
          clientKey.current = null;
          setValues((v) => ({ ...v, note: '' }));
          setErrors({});
          setSaved(true);
          formRef.current?.querySelector<HTMLInputElement>('input[name="note"]')?.focus();
        },
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
      aria-labelledby="contact-form-title"
    >
      <h3 id="contact-form-title">{ui.logContact}</h3>
      {save.isError ? (
        <div data-error-summary tabIndex={-1}>
          <Alert tone="error">{errorMessage(save.error)}</Alert>
        </div>
      ) : null}
      {saved ? <Alert tone="success">{ui.contactSaved}</Alert> : null}
      <div className="form__grid">
        <TextField
          label={r.fields.occurredOn}
          type="date"
          name="occurredOn"
          value={values.occurredOn}
          error={errors.occurredOn}
          onChange={(e) => setValues((v) => ({ ...v, occurredOn: e.target.value }))}
        />
        <SelectField
          label={r.fields.kind}
          name="kind"
          options={optionsOf(r.contactKinds, KINDS)}
          value={values.kind}
          error={errors.kind}
          onChange={(e) => setValues((v) => ({ ...v, kind: e.target.value as ContactKind }))}
        />
      </div>
      <TextField
        label={r.fields.note}
        hint={ui.contactHint}
        name="note"
        autoComplete="off"
        value={values.note}
        error={errors.note}
        onChange={(e) => setValues((v) => ({ ...v, note: e.target.value }))}
      />
      <button type="submit" className="button" aria-disabled={save.isPending}>
        {save.isPending ? ui.saving : ui.logContact}
      </button>
    </form>
  );
}
