import { da } from '@helhed/core';
import { type FormEvent, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField, TextField } from '../../../components/ui/form-field.tsx';
import { useFocusFirstInvalid } from '../../../hooks/use-focus-first-invalid.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { newClientKey } from '../../../lib/client-key.ts';
import { useRegistrationMutation } from '../api/registration-api.ts';
import { fieldErrorsOf, optionsOf, todayInDenmark } from '../lib/form.ts';
import type { Gender, ParticipantDetail, RegistrationOptions } from '../types.ts';
import { CheckboxField } from './checkbox-field.tsx';
import { useIsLeader } from './registration-gate.tsx';

const r = da.registration;
const ui = da.registrationUi;
const GENDERS: Gender[] = ['female', 'male', 'other', 'unspecified'];

const EMPTY = {
  displayName: '',
  birthYear: '',
  gender: 'unspecified' as Gender,
  areaId: '',
  departmentId: '',
  contact: '',
  teamId: '',
  givenOn: todayInDenmark(),
  forRegistration: false,
  forStatistics: false,
  forPartnerContact: false,
  partnerNames: '',
};
type Values = typeof EMPTY;

function bodyOf(values: Values, clientKey: string) {
  const year = values.birthYear.trim();
  return {
    clientKey,
    displayName: values.displayName,
    birthYear: year === '' ? null : /^\d+$/.test(year) ? Number(year) : year,
    gender: values.gender,
    areaId: values.areaId || null,
    departmentId: values.departmentId || null,
    contact: values.contact,
    ...(values.teamId ? { teamId: values.teamId } : {}),
    consent: {
      givenOn: values.givenOn,
      forRegistration: values.forRegistration,
      forStatistics: values.forStatistics,
      forPartnerContact: values.forPartnerContact,
      partnerNames: values.partnerNames,
    },
  };
}

/** Registers a participant with consent. Typed values stay after an error; focus goes to it. */
export function ParticipantForm({ options }: { options: RegistrationOptions }) {
  const navigate = useNavigate();
  const isLeader = useIsLeader();
  const create = useRegistrationMutation<unknown, ParticipantDetail>('/api/v1/participants');
  const formRef = useRef<HTMLFormElement>(null);
  const clientKey = useRef<string | null>(null);
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  useFocusFirstInvalid(formRef, attempt);
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const area = options.areas.find((a) => a.id === values.areaId);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const found: Record<string, string> = {};
    if (!values.displayName.trim()) found.displayName = r.errors.required;
    if (!values.forRegistration) found['consent.forRegistration'] = r.errors.consentRequired;
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    clientKey.current ??= newClientKey();
    create.mutate(bodyOf(values, clientKey.current), {
      onSuccess: (participant) => navigate(`/deltagere/${participant.id}`),
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
      aria-labelledby="participant-form-title"
    >
      <h2 id="participant-form-title">{ui.newParticipant}</h2>
      <p>{ui.newParticipantIntro}</p>
      {create.isError ? (
        <div data-error-summary tabIndex={-1}>
          <Alert tone="error">{errorMessage(create.error)}</Alert>
        </div>
      ) : null}
      <div className="form__grid">
        <TextField
          label={r.fields.displayName}
          name="displayName"
          autoComplete="off"
          value={values.displayName}
          error={errors.displayName}
          onChange={(e) => set('displayName', e.target.value)}
        />
        <TextField
          label={r.fields.birthYear}
          name="birthYear"
          inputMode="numeric"
          autoComplete="off"
          value={values.birthYear}
          error={errors.birthYear}
          onChange={(e) => set('birthYear', e.target.value)}
        />
        <SelectField
          label={r.fields.gender}
          name="gender"
          options={optionsOf(r.genders, GENDERS)}
          value={values.gender}
          error={errors.gender}
          onChange={(e) => set('gender', e.target.value as Gender)}
        />
        <SelectField
          label={r.fields.area}
          name="areaId"
          options={[
            { value: '', label: ui.chooseArea },
            ...options.areas.map((a) => ({ value: a.id, label: a.name })),
          ]}
          value={values.areaId}
          error={errors.areaId}
          onChange={(e) => setValues((v) => ({ ...v, areaId: e.target.value, departmentId: '' }))}
        />
        <SelectField
          label={r.fields.department}
          name="departmentId"
          options={[
            { value: '', label: ui.chooseDepartment },
            ...(area?.departments ?? []).map((d) => ({ value: d.id, label: d.name })),
          ]}
          value={values.departmentId}
          error={errors.departmentId}
          onChange={(e) => set('departmentId', e.target.value)}
        />
        <TextField
          label={r.fields.contact}
          name="contact"
          autoComplete="off"
          value={values.contact}
          error={errors.contact}
          onChange={(e) => set('contact', e.target.value)}
        />
        {isLeader ? (
          <SelectField
            label={r.fields.team}
            name="teamId"
            options={[
              { value: '', label: ui.chooseTeam },
              ...options.teams.map((t) => ({ value: t.id, label: t.name })),
            ]}
            value={values.teamId}
            error={errors.teamId}
            onChange={(e) => set('teamId', e.target.value)}
          />
        ) : null}
      </div>
      <fieldset className="fieldset">
        <legend>{ui.consentLegend}</legend>
        <p className="field__hint">{ui.consentHint}</p>
        <TextField
          label={r.fields.consentGivenOn}
          type="date"
          name="givenOn"
          value={values.givenOn}
          error={errors['consent.givenOn']}
          onChange={(e) => set('givenOn', e.target.value)}
        />
        <CheckboxField
          label={r.fields.consentRegistration}
          name="forRegistration"
          checked={values.forRegistration}
          error={errors['consent.forRegistration']}
          onChange={(c) => set('forRegistration', c)}
        />
        <CheckboxField
          label={r.fields.consentStatistics}
          name="forStatistics"
          checked={values.forStatistics}
          onChange={(c) => set('forStatistics', c)}
        />
        <CheckboxField
          label={r.fields.consentPartnerContact}
          name="forPartnerContact"
          checked={values.forPartnerContact}
          onChange={(c) => set('forPartnerContact', c)}
        />
        {values.forPartnerContact ? (
          <TextField
            label={r.fields.partnerNames}
            name="partnerNames"
            value={values.partnerNames}
            error={errors['consent.partnerNames']}
            onChange={(e) => set('partnerNames', e.target.value)}
          />
        ) : null}
      </fieldset>
      <button type="submit" className="button" aria-disabled={create.isPending}>
        {create.isPending ? ui.creating : ui.createParticipant}
      </button>
    </form>
  );
}
