import { da } from '@helhed/core';
import { useNavigate } from 'react-router';
import { SelectField, TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { todayInDenmark } from '../../../lib/form.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useCreateHousehold } from '../api/create-household.ts';
import type { Phase } from '../types.ts';
import { HouseholdFields, householdBody, REHOUSING_TYPES } from './household-fields.tsx';

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
  const navigate = useNavigate();
  const form = useFormSubmit({
    mutation: useCreateHousehold(),
    initial: () => emptyHousehold(phaseId || phases[0]?.id || ''),
    clientKey: true,
    toBody: (values, clientKey) => ({ ...householdBody(values), clientKey }),
    onSuccess: (detail) => navigate(`/genhusning/husstande/${detail.household.id}`),
  });
  const { field } = form;
  return (
    <FormShell form={form} title={ui.newHousehold} submitLabel={ui.newHousehold} pendingLabel={ui.saving}>
      <HouseholdFields
        field={field}
        checkbox={form.checkbox}
        isNew
        leading={
          <>
            <SelectField
              label={ui.phase}
              options={phases.map((p) => ({ value: p.id, label: p.name }))}
              {...field('phaseId')}
            />
            <TextField label={f.registeredOn} type="date" {...field('registeredOn')} />
          </>
        }
        afterAddress={
          <SelectField label={f.rehousingType} options={REHOUSING_TYPES} {...field('rehousingType')} />
        }
      />
    </FormShell>
  );
}
