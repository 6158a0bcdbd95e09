import { da } from '@helhed/core';
import { useNavigate } from 'react-router';
import { CheckboxField } from '../../../components/form/checkbox-field.tsx';
import { SelectField, TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { byName, choicesOf, optionsOf, todayInDenmark } from '../../../lib/form.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { type CreateParticipantBody, useCreateParticipant } from '../api/create-participant.ts';
import type { Gender, RegistrationOptions } from '../types.ts';
import { LikelyDuplicates } from './likely-duplicates.tsx';
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

function bodyOf(values: Values, clientKey: string): CreateParticipantBody {
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

const validate = (values: Values) => ({
  displayName: values.displayName.trim() ? undefined : r.errors.required,
  'consent.forRegistration': values.forRegistration ? undefined : r.errors.consentRequired,
});

/** Registers a participant with consent. Typed values stay after an error; focus goes to it. */
export function ParticipantForm({ options }: { options: RegistrationOptions }) {
  const navigate = useNavigate();
  const isLeader = useIsLeader();
  const form = useFormSubmit({
    mutation: useCreateParticipant(),
    initial: EMPTY,
    validate,
    clientKey: true,
    toBody: bodyOf,
    onSuccess: (participant) => navigate(`/deltagere/${participant.id}`),
  });
  const area = options.areas.find((a) => a.id === form.values.areaId);

  return (
    <FormShell
      form={form}
      title={ui.newParticipant}
      intro={ui.newParticipantIntro}
      submitLabel={ui.createParticipant}
      pendingLabel={ui.creating}
    >
      <div className="form__grid">
        <TextField label={r.fields.displayName} autoComplete="off" {...form.field('displayName')} />
        <TextField
          label={r.fields.birthYear}
          inputMode="numeric"
          autoComplete="off"
          {...form.field('birthYear')}
        />
        <SelectField
          label={r.fields.gender}
          options={optionsOf(r.genders, GENDERS)}
          {...form.field('gender')}
        />
        <SelectField
          label={r.fields.area}
          options={choicesOf(ui.chooseArea, options.areas, byName)}
          {...form.field('areaId')}
          onChange={(e) => form.setValues((v) => ({ ...v, areaId: e.target.value, departmentId: '' }))}
        />
        <SelectField
          label={r.fields.department}
          options={choicesOf(ui.chooseDepartment, area?.departments ?? [], byName)}
          {...form.field('departmentId')}
        />
        <TextField label={r.fields.contact} autoComplete="off" {...form.field('contact')} />
        {isLeader ? (
          <SelectField
            label={r.fields.team}
            options={choicesOf(ui.chooseTeam, options.teams, byName)}
            {...form.field('teamId')}
          />
        ) : null}
      </div>
      <LikelyDuplicates draft={form.values} />
      <fieldset className="fieldset">
        <legend>{ui.consentLegend}</legend>
        <p className="field__hint">{ui.consentHint}</p>
        <TextField
          label={r.fields.consentGivenOn}
          type="date"
          {...form.field('givenOn', 'consent.givenOn')}
        />
        <CheckboxField
          label={r.fields.consentRegistration}
          {...form.checkbox('forRegistration', 'consent.forRegistration')}
        />
        <CheckboxField
          label={r.fields.consentStatistics}
          {...form.checkbox('forStatistics', 'consent.forStatistics')}
        />
        <CheckboxField
          label={r.fields.consentPartnerContact}
          {...form.checkbox('forPartnerContact', 'consent.forPartnerContact')}
        />
        {form.values.forPartnerContact ? (
          <TextField label={r.fields.partnerNames} {...form.field('partnerNames', 'consent.partnerNames')} />
        ) : null}
      </fieldset>
    </FormShell>
  );
}
