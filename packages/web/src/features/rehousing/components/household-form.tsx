import { da } from '@helhed/core';
import { type FormEvent, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField, TextField } from '../../../components/ui/form-field.tsx';
import { useFocusFirstInvalid } from '../../../hooks/use-focus-first-invalid.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { newClientKey } from '../../../lib/client-key.ts';
import { CheckboxField } from '../../registration/components/checkbox-field.tsx';
import { fieldErrorsOf, todayInDenmark } from '../../registration/lib/form.ts';
import { useRehousingMutation } from '../api/rehousing-api.ts';
import type { HouseholdDetail, Phase } from '../types.ts';

const ui = da.rehousingUi;
const f = ui.fields;

function emptyHousehold(phaseId: string) {
  return {
    phaseId,
    registeredOn: todayInDenmark(),
    contactName: '',
    contactInfo: '',
    adults: '1',
    children0to5: '0',
    children6to17: '0',
    currentAddress: '',
    rehousingType: 'permanent',
    wishAreas: '',
    wishRooms: '',
    wishFloor: '',
    wishPets: false,
    wishAccessible: false,
    specialNeeds: '',
    specialNeedsConsentOn: '',
  };
}

/** Writes a household up in a phase: contact, size by age band, current home, wishes, needs (with consent). */
export function HouseholdForm({ phases, phaseId }: { phases: Phase[]; phaseId: string }) {
  const save = useRehousingMutation<unknown, HouseholdDetail>('/api/v1/rehousing/households');
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const clientKey = useRef<string | null>(null);
  const [values, setValues] = useState(() => emptyHousehold(phaseId || phases[0]?.id || ''));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  useFocusFirstInvalid(formRef, attempt);
  const set = (key: keyof ReturnType<typeof emptyHousehold>) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    clientKey.current ??= newClientKey();
    save.mutate(
      {
        ...values,
        clientKey: clientKey.current,
        adults: Number(values.adults),
        children0to5: Number(values.children0to5),
        children6to17: Number(values.children6to17),
        wishRooms: values.wishRooms ? Number(values.wishRooms) : null,
        specialNeedsConsentOn: values.specialNeedsConsentOn || null,
      },
      {
        onSuccess: (detail) => navigate(`/genhusning/husstande/${detail.household.id}`),
        onError: (error) => {
          setErrors(fieldErrorsOf(error));
          setAttempt((n) => n + 1);
        },
      },
    );
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit} aria-labelledby="household-form-title">
      <h2 id="household-form-title">{ui.newHousehold}</h2>
      {save.isError ? (
        <div data-error-summary tabIndex={-1}>
          <Alert tone="error">{errorMessage(save.error)}</Alert>
        </div>
      ) : null}
      <div className="form__grid">
        <SelectField
          label={ui.phase}
          name="phaseId"
          options={phases.map((p) => ({ value: p.id, label: p.name }))}
          value={values.phaseId}
          error={errors.phaseId}
          onChange={set('phaseId')}
        />
        <TextField
          label={f.registeredOn}
          type="date"
          name="registeredOn"
          value={values.registeredOn}
          error={errors.registeredOn}
          onChange={set('registeredOn')}
        />
        <TextField
          label={f.contactName}
          name="contactName"
          autoComplete="off"
          value={values.contactName}
          error={errors.contactName}
          onChange={set('contactName')}
        />
        <TextField
          label={f.contactInfo}
          hint={f.contactInfoHint}
          name="contactInfo"
          autoComplete="off"
          value={values.contactInfo}
          error={errors.contactInfo}
          onChange={set('contactInfo')}
        />
        <TextField
          label={f.adults}
          type="number"
          min={0}
          max={20}
          name="adults"
          value={values.adults}
          error={errors.adults}
          onChange={set('adults')}
        />
        <TextField
          label={f.children0to5}
          type="number"
          min={0}
          max={20}
          name="children0to5"
          value={values.children0to5}
          error={errors.children0to5}
          onChange={set('children0to5')}
        />
        <TextField
          label={f.children6to17}
          type="number"
          min={0}
          max={20}
          name="children6to17"
          value={values.children6to17}
          error={errors.children6to17}
          onChange={set('children6to17')}
        />
        <TextField
          label={f.currentAddress}
          name="currentAddress"
          autoComplete="off"
          value={values.currentAddress}
          error={errors.currentAddress}
          onChange={set('currentAddress')}
        />
        <SelectField
          label={f.rehousingType}
          name="rehousingType"
          options={[
            { value: 'permanent', label: da.rehousing.rehousingType.permanent },
            { value: 'temporary', label: da.rehousing.rehousingType.temporary },
          ]}
          value={values.rehousingType}
          onChange={set('rehousingType')}
        />
        <TextField
          label={f.wishAreas}
          name="wishAreas"
          value={values.wishAreas}
          error={errors.wishAreas}
          onChange={set('wishAreas')}
        />
        <TextField
          label={f.wishRooms}
          type="number"
          min={1}
          max={10}
          name="wishRooms"
          value={values.wishRooms}
          error={errors.wishRooms}
          onChange={set('wishRooms')}
        />
        <TextField
          label={f.wishFloor}
          name="wishFloor"
          value={values.wishFloor}
          error={errors.wishFloor}
          onChange={set('wishFloor')}
        />
      </div>
      <CheckboxField
        label={f.wishPets}
        name="wishPets"
        checked={values.wishPets}
        onChange={(c) => setValues((v) => ({ ...v, wishPets: c }))}
      />
      <CheckboxField
        label={f.wishAccessible}
        name="wishAccessible"
        checked={values.wishAccessible}
        onChange={(c) => setValues((v) => ({ ...v, wishAccessible: c }))}
      />
      <div className="form__grid">
        <TextField
          label={f.specialNeeds}
          hint={f.specialNeedsHint}
          name="specialNeeds"
          autoComplete="off"
          value={values.specialNeeds}
          error={errors.specialNeeds}
          onChange={set('specialNeeds')}
        />
        <TextField
          label={f.specialNeedsConsentOn}
          type="date"
          name="specialNeedsConsentOn"
          value={values.specialNeedsConsentOn}
          error={errors.specialNeedsConsentOn}
          onChange={set('specialNeedsConsentOn')}
        />
      </div>
      <button type="submit" className="button" aria-disabled={save.isPending}>
        {save.isPending ? ui.saving : ui.newHousehold}
      </button>
    </form>
  );
}
