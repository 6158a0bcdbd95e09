import { da } from '@helhed/core';
import { SelectField, TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { optionsOf, todayInDenmark } from '../../../lib/form.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useAddContact } from '../api/add-contact.ts';
import type { ContactKind } from '../types.ts';

const r = da.registration;
const ui = da.registrationUi;
const KINDS: ContactKind[] = ['meeting', 'three-party', 'phone', 'home-visit', 'other'];

/**
 * Registering a meeting takes a few keystrokes: the note field has focus after each save, date
 * and kind default to today and "Møde", and Enter saves. A retried save never logs it twice.
 */
export function ContactForm({ caseId }: { caseId: string }) {
  const form = useFormSubmit({
    mutation: useAddContact(caseId),
    initial: () => ({ occurredOn: todayInDenmark(), kind: 'meeting' as ContactKind, note: '' }),
    clientKey: true,
    toBody: (v, clientKey) => ({ clientKey, ...v }),
    onSuccess: (_, _sent, controls) => {
      // Date and kind stay for the next contact; only the note and the client key start afresh.
      controls.setValues((v) => ({ ...v, note: '' }));
      controls.renewClientKey();
      controls.formRef.current?.querySelector<HTMLInputElement>('input[name="note"]')?.focus();
    },
  });

  return (
    <FormShell
      form={form}
      title={ui.logContact}
      heading="h3"
      submitLabel={ui.logContact}
      pendingLabel={ui.saving}
      notice={form.result ? <Alert tone="success">{ui.contactSaved}</Alert> : null}
    >
      <div className="form__grid">
        <TextField label={r.fields.occurredOn} type="date" {...form.field('occurredOn')} />
        <SelectField
          label={r.fields.kind}
          options={optionsOf(r.contactKinds, KINDS)}
          {...form.field('kind')}
        />
      </div>
      <TextField label={r.fields.note} hint={ui.contactHint} autoComplete="off" {...form.field('note')} />
    </FormShell>
  );
}
