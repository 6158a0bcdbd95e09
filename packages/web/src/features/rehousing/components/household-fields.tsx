import { da } from '@helhed/core';
import type { ChangeEvent, ReactNode } from 'react';
import { CheckboxField } from '../../../components/form/checkbox-field.tsx';
import { TextField } from '../../../components/form/form-field.tsx';
import { optionsOf } from '../../../lib/form.ts';

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
type TextKey = Exclude<keyof HouseholdFieldValues, Flag>;

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
  /** The form hook's (lib/use-form-submit.ts) bindings of a text control and of a checkbox. */
  field: (key: TextKey) => {
    name: string;
    value: string;
    error: string | undefined;
    onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  };
  checkbox: (key: Flag) => {
    name: string;
    checked: boolean;
    error: string | undefined;
    onChange: (checked: boolean) => void;
  };
  /** Fields placed first in the grid (the create form's phase and date). */
  leading?: ReactNode;
  /** Fields placed after the current address (the create form's kind of rehousing). */
  afterAddress?: ReactNode;
  /** The create form explains where the letter goes and keeps the browser from filling in personal data. */
  isNew?: boolean;
};

export function HouseholdFields({
  field,
  checkbox,
  leading,
  afterAddress,
  isNew = false,
}: HouseholdFieldsProps) {
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
      <CheckboxField label={f.wishPets} {...checkbox('wishPets')} />
      <CheckboxField label={f.wishAccessible} {...checkbox('wishAccessible')} />
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
