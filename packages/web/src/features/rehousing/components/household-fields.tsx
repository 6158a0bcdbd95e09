import { da } from '@helhed/core';
import type { ReactNode } from 'react';
import { TextField } from '../../../components/ui/form-field.tsx';
import { CheckboxField } from '../../registration/components/checkbox-field.tsx';
import { optionsOf } from '../../registration/lib/form.ts';
import { bindField } from './use-event-form.ts';

const f = da.rehousingUi.fields;

/** The household facts and wishes that both the create and the edit form ask for. */
export type HouseholdFieldValues = {
  contactName: string;
  contactInfo: string;
  adults: string;
  children0to5: string;
  children6to17: string;
  currentAddress: string;
  wishAreas: string;
  wishRooms: string;
  wishFloor: string;
  wishPets: boolean;
  wishAccessible: boolean;
  specialNeeds: string;
  specialNeedsConsentOn: string;
};

/** Permanent or temporary rehousing, as a select's options. */
export const REHOUSING_TYPES = optionsOf(da.rehousing.rehousingType, ['permanent', 'temporary']);

type Flag = 'wishPets' | 'wishAccessible';

/** The form values as the API wants them: numbers for counts, null for an empty optional field. */
export function householdBody<T extends HouseholdFieldValues>(values: T) {
  return {
    ...values,
    adults: Number(values.adults),
    children0to5: Number(values.children0to5),
    children6to17: Number(values.children6to17),
    wishRooms: values.wishRooms ? Number(values.wishRooms) : null,
    specialNeedsConsentOn: values.specialNeedsConsentOn || null,
  };
}

type HouseholdFieldsProps = {
  values: HouseholdFieldValues;
  errors: Record<string, string>;
  set: (key: keyof HouseholdFieldValues) => (e: { target: { value: string } }) => void;
  setFlag: (key: Flag, checked: boolean) => void;
  /** Fields placed first in the grid (the create form's phase and date). */
  leading?: ReactNode;
  /** Fields placed after the current address (the create form's kind of rehousing). */
  afterAddress?: ReactNode;
  /** The create form explains where the letter goes and keeps the browser from filling in personal data. */
  isNew?: boolean;
};

export function HouseholdFields({
  values,
  errors,
  set,
  setFlag,
  leading,
  afterAddress,
  isNew = false,
}: HouseholdFieldsProps) {
  const field = bindField(values, errors, set);
  const personal = isNew ? ({ autoComplete: 'off' } as const) : {};
  const count = { type: 'number', min: 0, max: 20 } as const;
  return (
    <>
      <div className="form__grid">
        {leading}
        <TextField label={f.contactName} {...field('contactName')} {...personal} />
        <TextField
          label={f.contactInfo}
          hint={isNew ? f.contactInfoHint : undefined}
          {...field('contactInfo')}
          {...personal}
        />
        <TextField label={f.adults} {...count} {...field('adults')} />
        <TextField label={f.children0to5} {...count} {...field('children0to5')} />
        <TextField label={f.children6to17} {...count} {...field('children6to17')} />
        <TextField label={f.currentAddress} {...field('currentAddress')} {...personal} />
        {afterAddress}
        <TextField label={f.wishAreas} {...field('wishAreas')} />
        <TextField label={f.wishRooms} type="number" min={1} max={10} {...field('wishRooms')} />
        <TextField label={f.wishFloor} {...field('wishFloor')} />
      </div>
      <CheckboxField
        label={f.wishPets}
        name="wishPets"
        checked={values.wishPets}
        onChange={(c) => setFlag('wishPets', c)}
      />
      <CheckboxField
        label={f.wishAccessible}
        name="wishAccessible"
        checked={values.wishAccessible}
        onChange={(c) => setFlag('wishAccessible', c)}
      />
      <div className="form__grid">
        <TextField
          label={f.specialNeeds}
          hint={f.specialNeedsHint}
          {...field('specialNeeds')}
          {...personal}
        />
        <TextField label={f.specialNeedsConsentOn} type="date" {...field('specialNeedsConsentOn')} />
      </div>
    </>
  );
}
