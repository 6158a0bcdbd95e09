import { da } from '@helhed/core';
import { type FormEvent, useRef, useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField, TextField } from '../../../components/ui/form-field.tsx';
import { useFocusFirstInvalid } from '../../../hooks/use-focus-first-invalid.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { newClientKey } from '../../../lib/client-key.ts';
import { useRegistrationMutation } from '../api/registration-api.ts';
import { fieldErrorsOf, optionsOf, todayInDenmark } from '../lib/form.ts';
import type { Decision, ParticipantDetail, ReferralSource, RegistrationOptions } from '../types.ts';

const r = da.registration;
const ui = da.registrationUi;
const SOURCES = Object.keys(r.referralSources) as ReferralSource[];
const DECISIONS: Decision[] = ['pending', 'accepted', 'declined'];

export function ReferralForm({
  participantId,
  options,
}: {
  participantId: string;
  options: RegistrationOptions;
}) {
  const save = useRegistrationMutation<unknown, ParticipantDetail>(
    `/api/v1/participants/${participantId}/referrals`,
  );
  const formRef = useRef<HTMLFormElement>(null);
  const clientKey = useRef<string | null>(null);
  const empty = {
    source: 'jobcenter' as ReferralSource,
    sourceOther: '',
    referredOn: todayInDenmark(),
    reason: '',
    activityId: '',
    decision: 'accepted' as Decision,
  };
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);
  useFocusFirstInvalid(formRef, attempt);
  const set = (key: keyof typeof empty, value: string) => setValues((v) => ({ ...v, [key]: value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(false);
    if (!values.activityId) {
      setErrors({ activityId: r.errors.unknownActivity });
      setAttempt((n) => n + 1);
      return;
    }
    clientKey.current ??= newClientKey();
    save.mutate(
      { clientKey: clientKey.current, ...values },
      {
        onSuccess: () => {
          clientKey.current = null;
          setValues(empty);
          setErrors({});
          setSaved(true);
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
      aria-labelledby="referral-form-title"
    >
      <h3 id="referral-form-title">{ui.newReferral}</h3>
      {save.isError ? (
        <div data-error-summary tabIndex={-1}>
          <Alert tone="error">{errorMessage(save.error)}</Alert>
        </div>
      ) : null}
      {saved ? <Alert tone="success">{ui.referralSaved}</Alert> : null}
      <div className="form__grid">
        <SelectField
          label={r.fields.source}
          name="source"
          options={optionsOf(r.referralSources, SOURCES)}
          value={values.source}
          error={errors.source}
          onChange={(e) => set('source', e.target.value)}
        />
        {values.source === 'other' ? (
          <TextField
            label={r.fields.sourceOther}
            name="sourceOther"
            value={values.sourceOther}
            error={errors.sourceOther}
            onChange={(e) => set('sourceOther', e.target.value)}
          />
        ) : null}
        <TextField
          label={r.fields.referredOn}
          type="date"
          name="referredOn"
          value={values.referredOn}
          error={errors.referredOn}
          onChange={(e) => set('referredOn', e.target.value)}
        />
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
        <TextField
          label={r.fields.reason}
          name="reason"
          value={values.reason}
          error={errors.reason}
          onChange={(e) => set('reason', e.target.value)}
        />
        <SelectField
          label={r.fields.decision}
          name="decision"
          options={optionsOf(r.decisions, DECISIONS)}
          value={values.decision}
          error={errors.decision}
          onChange={(e) => set('decision', e.target.value)}
        />
      </div>
      <button type="submit" className="button" aria-disabled={save.isPending}>
        {save.isPending ? ui.saving : ui.saveReferral}
      </button>
    </form>
  );
}
