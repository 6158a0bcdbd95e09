import { da, fill, formatDate } from '@helhed/core';
import { useState } from 'react';
import { SelectField, TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { optionsOf } from '../../../lib/form.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useCorrectContact, useRemoveContact } from '../api/correct-contact.ts';
import type { Contact, ContactKind, ContactRevision } from '../types.ts';
import { revisionColumns } from './revision-columns.tsx';

const r = da.registration;
const ui = da.registrationUi;
const KINDS: ContactKind[] = ['meeting', 'three-party', 'phone', 'home-visit', 'other'];

const validate = (v: { reason: string }) => ({
  reason: v.reason.trim() ? undefined : ui.correctionReasonNeeded,
});

/**
 * "Ret" on one logged contact, opened on demand: its forms exist only while open, so a long log has
 * no hidden fields and the contact form's "Notat" stays the one on the page.
 */
export function ContactCorrection({ caseId, contact }: { caseId: string; contact: Contact }) {
  const [open, setOpen] = useState(false);
  const name = [
    fill(ui.contactNamed, { dato: formatDate(contact.occurredOn), type: r.contactKinds[contact.kind] }),
    contact.note?.slice(0, 40),
  ]
    .filter(Boolean)
    .join(': ');
  return (
    <details className="correction" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary aria-label={fill(ui.correctContactFor, { kontakt: name })}>{ui.correctContact}</summary>
      {open ? <CorrectionForms caseId={caseId} contact={contact} name={name} /> : null}
    </details>
  );
}

/**
 * The contact's fields as they should have been and a reason, or the contact removed with a reason.
 * Both keep what it said in the forløb's history of corrections.
 */
function CorrectionForms({ caseId, contact, name }: { caseId: string; contact: Contact; name: string }) {
  const edit = useFormSubmit({
    mutation: useCorrectContact(caseId, contact.id),
    initial: () => ({
      occurredOn: contact.occurredOn,
      kind: contact.kind,
      note: contact.note ?? '',
      reason: '',
    }),
    validate,
    toBody: (v) => v,
  });
  const removal = useFormSubmit({
    mutation: useRemoveContact(caseId, contact.id),
    initial: () => ({ reason: '' }),
    validate,
    toBody: (v) => v,
  });
  return (
    <>
      <FormShell
        form={edit}
        label={fill(ui.correctContactFor, { kontakt: name })}
        submitLabel={ui.saveCorrection}
        pendingLabel={ui.saving}
      >
        <TextField label={r.fields.occurredOn} type="date" {...edit.field('occurredOn')} />
        <SelectField
          label={r.fields.kind}
          options={optionsOf(r.contactKinds, KINDS)}
          {...edit.field('kind')}
        />
        <TextField label={r.fields.note} autoComplete="off" {...edit.field('note')} />
        <TextField label={r.fields.changeReason} autoComplete="off" {...edit.field('reason')} />
      </FormShell>
      <FormShell
        form={removal}
        label={fill(ui.removeContactFor, { kontakt: name })}
        inline
        submitLabel={ui.removeContact}
        pendingLabel={ui.saving}
      >
        <TextField label={r.fields.changeReason} autoComplete="off" {...removal.field('reason')} />
      </FormShell>
    </>
  );
}

function valuesText(v: ContactRevision['before']): string {
  return [formatDate(v.occurredOn), r.contactKinds[v.kind], v.note].filter(Boolean).join(', ');
}

const REVISION_COLUMNS = revisionColumns<ContactRevision['before'], ContactRevision>(valuesText);

/** The forløb's corrections and removals of logged contacts, newest first. */
export function ContactRevisions({ revisions }: { revisions: ContactRevision[] }) {
  if (revisions.length === 0) return null;
  return (
    <DataTable
      caption={r.exportPage.contactRevisions}
      columns={REVISION_COLUMNS}
      rows={revisions}
      rowKey={(x) => x.id}
      emptyText={ui.noValue}
    />
  );
}
