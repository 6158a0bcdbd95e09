import { da } from '@helhed/core';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { TextField } from '../../../components/ui/form-field.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { CheckboxField } from '../../registration/components/checkbox-field.tsx';
import { fieldErrorsOf } from '../../registration/lib/form.ts';
import { useRehousingMutation } from '../api/rehousing-api.ts';
import type { Household, HouseholdDetail } from '../types.ts';

const ui = da.rehousingUi;
const f = ui.fields;

function valuesOf(h: Household) {
  return {
    contactName: h.contactName ?? '',
    contactInfo: h.contactInfo ?? '',
    adults: String(h.adults),
    children0to5: String(h.children0to5),
    children6to17: String(h.children6to17),
    currentAddress: h.currentAddress ?? '',
    wishAreas: h.wishAreas ?? '',
    wishRooms: h.wishRooms === null ? '' : String(h.wishRooms),
    wishFloor: h.wishFloor ?? '',
    wishPets: h.wishPets,
    wishAccessible: h.wishAccessible,
    specialNeeds: h.specialNeeds ?? '',
    specialNeedsConsentOn: h.specialNeedsConsentOn ?? '',
  };
}

/** Corrects the household's facts and wishes; special needs need the consent date (checked by the server). */
export function HouseholdEditForm({ household }: { household: Household }) {
  const save = useRehousingMutation<unknown, HouseholdDetail>(
    `/api/v1/rehousing/households/${household.id}`,
    'PATCH',
  );
  const [values, setValues] = useState(() => valuesOf(household));
  const errors = fieldErrorsOf(save.error);
  const set = (key: keyof ReturnType<typeof valuesOf>) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({
      ...values,
      adults: Number(values.adults),
      children0to5: Number(values.children0to5),
      children6to17: Number(values.children6to17),
      wishRooms: values.wishRooms ? Number(values.wishRooms) : null,
      specialNeedsConsentOn: values.specialNeedsConsentOn || null,
    });
  }
  return (
    <details className="rehousing-edit">
      <summary>{ui.editHousehold}</summary>
      <form className="form" noValidate onSubmit={submit} aria-label={ui.editHousehold}>
        {save.isError ? <Alert tone="error">{errorMessage(save.error)}</Alert> : null}
        {save.isSuccess ? <Alert tone="success">{ui.saved}</Alert> : null}
        <div className="form__grid">
          <TextField
            label={f.contactName}
            name="contactName"
            value={values.contactName}
            error={errors.contactName}
            onChange={set('contactName')}
          />
          <TextField
            label={f.contactInfo}
            name="contactInfo"
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
            value={values.currentAddress}
            error={errors.currentAddress}
            onChange={set('currentAddress')}
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
          {save.isPending ? ui.saving : ui.save}
        </button>
      </form>
    </details>
  );
}
