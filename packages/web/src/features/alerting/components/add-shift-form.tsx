import { da } from '@helhed/core';
import { SelectField, TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import type { FieldErrors } from '../../../lib/form.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { type NewShift, useAddShift } from '../api/add-shift.ts';
import { fromLocalInput, toLocalInput } from '../lib/access.ts';
import type { Contact } from '../types.ts';

const t = da.alerting.ui;

function validate(input: NewShift): FieldErrors {
  const found: FieldErrors = {};
  if (!input.contactId) found.contactId = da.validation.required;
  if (!input.startsAt) found.startsAt = da.alerting.errors.invalidDateTime;
  if (!input.endsAt) found.endsAt = da.alerting.errors.invalidDateTime;
  return found;
}

type Values = { contactId: string; startsAt: string; endsAt: string };

/** Puts a chief on the rota; a week from now by default. */
export function AddShiftForm({ chiefs }: { chiefs: Contact[] }) {
  // No chief chosen yet: the first on the list.
  const shiftOf = (values: Values): NewShift => ({
    contactId: values.contactId || chiefs[0]?.id || '',
    startsAt: fromLocalInput(values.startsAt),
    endsAt: fromLocalInput(values.endsAt),
  });
  const form = useFormSubmit({
    mutation: useAddShift(),
    initial: (): Values => {
      const now = new Date();
      return {
        contactId: '',
        startsAt: toLocalInput(now),
        endsAt: toLocalInput(new Date(now.getTime() + 7 * 86_400_000)),
      };
    },
    validate: (values) => validate(shiftOf(values)),
    toBody: shiftOf,
  });
  const { field } = form;
  return (
    <FormShell form={form} title={t.addShift} submitLabel={t.addShift}>
      <div className="form__grid">
        <SelectField
          label={t.shiftChief}
          options={chiefs.map((c) => ({ value: c.id, label: c.fullName }))}
          {...field('contactId')}
          value={form.values.contactId || chiefs[0]?.id || ''}
        />
        <TextField label={t.startsAt} type="datetime-local" {...field('startsAt')} />
        <TextField label={t.endsAt} type="datetime-local" {...field('endsAt')} />
      </div>
    </FormShell>
  );
}
