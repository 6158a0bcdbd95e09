import { da } from '@helhed/core';
import { type FormEvent, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField, TextField } from '../../../components/ui/form-field.tsx';
import { useFocusFirstInvalid } from '../../../hooks/use-focus-first-invalid.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { newClientKey } from '../../../lib/client-key.ts';
import { fieldErrorsOf, todayInDenmark } from '../../registration/lib/form.ts';
import { useRehousingMutation } from '../api/rehousing-api.ts';
import type { HouseholdDetail, Phase } from '../types.ts';
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
      { ...householdBody(values), clientKey: clientKey.current },
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
      <HouseholdFields
        values={values}
        errors={errors}
        set={set}
        setFlag={(key, c) => setValues((v) => ({ ...v, [key]: c }))}
        isNew
        leading={
          <>
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
          </>
        }
        afterAddress={
          <SelectField
            label={f.rehousingType}
            name="rehousingType"
            options={REHOUSING_TYPES}
            value={values.rehousingType}
            onChange={set('rehousingType')}
          />
        }
      />
      <button type="submit" className="button" aria-disabled={save.isPending}>
        {save.isPending ? ui.saving : ui.newHousehold}
      </button>
    </form>
  );
}
