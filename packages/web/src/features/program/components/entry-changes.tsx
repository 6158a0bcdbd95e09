import { da, fill, formatDate } from '@helhed/core';
import { useState } from 'react';
import { CheckboxField } from '../../../components/form/checkbox-field.tsx';
import { FormField, TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useEditEntry, useWithdrawEntry } from '../api/change-entry.ts';
import type { ActivityKnowledge } from '../types.ts';
import { personalData } from './entry-editor.tsx';

const t = da.programUi;
type Entry = ActivityKnowledge['entries'][number];

const needsReason = (v: { reason: string }) => ({
  reason: v.reason.trim() ? undefined : t.changeReasonNeeded,
});

/** "Ret eller træk tilbage" on an entry of the plan's own, opened on demand. */
export function EntryChanges({ entry }: { entry: Entry }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="correction" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary aria-label={fill(t.changeEntryFor, { title: entry.title })}>{t.changeEntry}</summary>
      {open ? (
        <>
          <EditEntryForm entry={entry} />
          <WithdrawEntryForm entry={entry} />
        </>
      ) : null}
    </details>
  );
}

function EditEntryForm({ entry }: { entry: Entry }) {
  const form = useFormSubmit({
    mutation: useEditEntry(entry.id),
    initial: () => ({
      year: String(entry.year),
      title: entry.title,
      body: entry.body,
      reason: '',
      removesPersonalData: false,
      confirmed: false,
    }),
    validate: needsReason,
    ready: (v) => !personalData(v).blocked,
    toBody: (v) => ({
      year: Number(v.year),
      title: v.title,
      body: v.body,
      reason: v.reason,
      removesPersonalData: v.removesPersonalData,
      confirmPersonalData: v.confirmed,
    }),
  });
  const { contacts, hasCpr } = personalData(form.values);
  return (
    <FormShell
      form={form}
      label={fill(t.editEntryFor, { title: entry.title })}
      submitLabel={t.saveEntryChange}
      pendingLabel={da.web.saving}
    >
      <TextField label={t.year} inputMode="numeric" {...form.field('year')} />
      <TextField label={t.title} maxLength={300} {...form.field('title')} />
      <FormField label={t.body} error={hasCpr ? t.cprWarning : undefined}>
        {(control) => <textarea className="textarea" rows={6} {...form.field('body')} {...control} />}
      </FormField>
      {contacts.length > 0 ? (
        <CheckboxField label={t.confirmContact} {...form.checkbox('confirmed')} />
      ) : null}
      <TextField label={t.changeReason} autoComplete="off" {...form.field('reason')} />
      <CheckboxField label={t.removesPersonalData} {...form.checkbox('removesPersonalData')} />
    </FormShell>
  );
}

function WithdrawEntryForm({ entry }: { entry: Entry }) {
  const form = useFormSubmit({
    mutation: useWithdrawEntry(entry.id),
    initial: () => ({ reason: '' }),
    validate: needsReason,
    toBody: (v) => v,
  });
  return (
    <FormShell
      form={form}
      label={fill(t.withdrawEntryFor, { title: entry.title })}
      inline
      submitLabel={t.withdrawEntry}
      pendingLabel={da.web.saving}
    >
      <TextField label={t.changeReason} autoComplete="off" {...form.field('reason')} />
    </FormShell>
  );
}

/** The entry's changes, newest first: who, when, why, and the title before → after where kept. */
export function EntryHistory({ entry }: { entry: Entry }) {
  if (entry.revisions.length === 0) return null;
  return (
    <details className="entry-history">
      <summary>{fill(t.entryHistory, { count: String(entry.revisions.length) })}</summary>
      <ul>
        {entry.revisions.map((r) => (
          <li key={r.id}>
            {fill(r.change === 'edit' ? t.entryEdited : t.entryWithdrawn, {
              dato: formatDate(r.changedAt),
              navn: r.changedByName ?? t.unknownPerson,
              begrundelse: r.reason,
            })}
            {r.removedPersonalData ? ` ${t.personalDataRemoved}` : ''}
            {r.before && r.after && r.before.title !== r.after.title
              ? ` ${fill(t.titleChanged, { foer: r.before.title, efter: r.after.title })}`
              : ''}
          </li>
        ))}
      </ul>
    </details>
  );
}
