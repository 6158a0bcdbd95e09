import { da } from '@helhed/core';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { fieldErrorsOf } from '../../registration/lib/form.ts';
import { useRehousingMutation } from '../api/rehousing-api.ts';
import type { Household, HouseholdDetail } from '../types.ts';
import { HouseholdFields, type HouseholdFieldValues, householdBody } from './household-fields.tsx';

const ui = da.rehousingUi;

function valuesOf(h: Household): HouseholdFieldValues {
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
  const set = (key: keyof HouseholdFieldValues) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(householdBody(values));
  }
  return (
    <details className="rehousing-edit">
      <summary>{ui.editHousehold}</summary>
      <form className="form" noValidate onSubmit={submit} aria-label={ui.editHousehold}>
        {save.isError ? <Alert tone="error">{errorMessage(save.error)}</Alert> : null}
        {save.isSuccess ? <Alert tone="success">{ui.saved}</Alert> : null}
        <HouseholdFields
          values={values}
          errors={errors}
          set={set}
          setFlag={(key, c) => setValues((v) => ({ ...v, [key]: c }))}
        />
        <button type="submit" className="button" aria-disabled={save.isPending}>
          {save.isPending ? ui.saving : ui.save}
        </button>
      </form>
    </details>
  );
}
