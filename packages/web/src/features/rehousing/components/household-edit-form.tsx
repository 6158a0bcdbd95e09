import { da } from '@helhed/core';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useUpdateHousehold } from '../api/update-household.ts';
import type { Household } from '../types.ts';
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
  const form = useFormSubmit({
    mutation: useUpdateHousehold(household.id),
    initial: () => valuesOf(household),
    toBody: householdBody,
  });
  return (
    <details className="rehousing-edit">
      <summary>{ui.editHousehold}</summary>
      <FormShell
        form={form}
        label={ui.editHousehold}
        notice={form.result ? <Alert tone="success">{ui.saved}</Alert> : null}
        submitLabel={ui.save}
        pendingLabel={ui.saving}
      >
        <HouseholdFields field={form.field} checkbox={form.checkbox} />
      </FormShell>
    </details>
  );
}
