import { da } from '@helhed/core';
import { type FormEvent, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { FormField, SelectField, TextField } from '../../../components/ui/form-field.tsx';
import { useFocusFirstInvalid } from '../../../hooks/use-focus-first-invalid.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { newClientKey } from '../../../lib/client-key.ts';
import { useRegistrationMutation } from '../api/registration-api.ts';
import { fieldErrorsOf, todayInDenmark } from '../lib/form.ts';
import type { CaseDetail, Referral, RegistrationOptions } from '../types.ts';

const r = da.registration;
const ui = da.registrationUi;

type CaseFormProps = {
  options: RegistrationOptions;
  /** Without a participant the forløb is an anonymous count and asks for an area. */
  participantId?: string;
  referrals?: Referral[];
};

/** Starts a forløb with its agreed goals (one per line), then opens it. */
export function CaseForm({ options, participantId, referrals = [] }: CaseFormProps) {
  const navigate = useNavigate();
  const create = useRegistrationMutation<unknown, CaseDetail>('/api/v1/cases');
  const formRef = useRef<HTMLFormElement>(null);
  const clientKey = useRef<string | null>(null);
  const accepted = referrals.find((x) => x.decision === 'accepted');
  const [values, setValues] = useState({
    activityId: accepted?.activityId ?? '',
    referralId: accepted?.id ?? '',
    areaId: '',
    startedOn: todayInDenmark(),
    goals: '',
    agreedAt: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  useFocusFirstInvalid(formRef, attempt);
  const set = (key: keyof typeof values, value: string) => setValues((v) => ({ ...v, [key]: value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    if (!values.activityId) {
      setErrors({ activityId: r.errors.unknownActivity });
      setAttempt((n) => n + 1);
      return;
    }
    clientKey.current ??= newClientKey();
    const goals = values.goals
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((text) => ({ text, agreedOn: values.startedOn, agreedAt: values.agreedAt }));
    create.mutate(
      {
        clientKey: clientKey.current,
        participantId: participantId ?? null,
        referralId: values.referralId || null,
        activityId: values.activityId,
        areaId: values.areaId || null,
        startedOn: values.startedOn,
        goals,
      },
      {
        onSuccess: (created) => navigate(`/forloeb/${created.id}`),
        onError: (error) => {
          const found = fieldErrorsOf(error);
          const goalError = Object.entries(found).find(([key]) => key.startsWith('goals'));
          if (goalError) found.goals = goalError[1];
          setErrors(found);
          setAttempt((n) => n + 1);
        },
      },
    );
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={handleSubmit} aria-labelledby="case-form-title">
      <h3 id="case-form-title">{participantId ? ui.startCaseTitle : ui.newAnonymousCase}</h3>
      {participantId ? null : <p>{ui.anonymousIntro}</p>}
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
        {referrals.length > 0 ? (
          <SelectField
            label={da.registrationUi.referralsSection}
            name="referralId"
            options={[
              { value: '', label: ui.noValue },
              ...referrals.map((x) => ({
                value: x.id,
                label: `${r.referralSources[x.source]} – ${x.activityName}`,
              })),
            ]}
            value={values.referralId}
            error={errors.referralId}
            onChange={(e) => set('referralId', e.target.value)}
          />
        ) : null}
        {participantId ? null : (
          <SelectField
            label={r.fields.area}
            name="areaId"
            options={[
              { value: '', label: ui.chooseArea },
              ...options.areas.map((a) => ({ value: a.id, label: a.name })),
            ]}
            value={values.areaId}
            error={errors.areaId}
            onChange={(e) => set('areaId', e.target.value)}
          />
        )}
        <TextField
          label={r.fields.startedOn}
          type="date"
          name="startedOn"
          value={values.startedOn}
          error={errors.startedOn}
          onChange={(e) => set('startedOn', e.target.value)}
        />
      </div>
      <FormField label={ui.goalsLabel} hint={ui.goalsHint} error={errors.goals}>
        {(control) => (
          <textarea
            className="input textarea"
            name="goals"
            rows={4}
            value={values.goals}
            onChange={(e) => set('goals', e.target.value)}
            {...control}
          />
        )}
      </FormField>
      <TextField
        label={ui.agreedAtLabel}
        name="agreedAt"
        value={values.agreedAt}
        error={errors.agreedAt}
        onChange={(e) => set('agreedAt', e.target.value)}
      />
      <button type="submit" className="button" aria-disabled={create.isPending}>
        {create.isPending ? ui.saving : ui.startCase}
      </button>
    </form>
  );
}
