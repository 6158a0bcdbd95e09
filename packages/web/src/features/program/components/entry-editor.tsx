import { da, fill, findPersonalData } from '@helhed/core';
import { useState } from 'react';
import { FormField, SelectField, TextField } from '../../../components/form/form-field.tsx';
import { ErrorSummary } from '../../../components/form/form-shell.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useCreateEntry } from '../api/create-entry.ts';
import type { ActivityRef, Assessor, EntryKind } from '../types.ts';

const t = da.programUi;
const KINDS = Object.entries(da.program.entryKinds).map(([value, label]) => ({ value, label }));
const ASSESSORS = Object.entries(da.program.assessors).map(([value, label]) => ({ value, label }));

type Values = {
  activityId: string;
  kind: string;
  assessor: string;
  year: string;
  title: string;
  body: string;
  confirmed: boolean;
  file: File | null;
};

/** A CPR number blocks saving; an e-mail address or phone number until the user confirms it is no citizen's. */
export function personalData(values: { title: string; body: string; confirmed: boolean }) {
  const found = findPersonalData(`${values.title}\n${values.body}`);
  const contacts = [...found.emails, ...found.phones];
  return {
    hasCpr: found.cpr.length > 0,
    contacts,
    blocked: found.cpr.length > 0 || (contacts.length > 0 && !values.confirmed),
  };
}

/** A method note, yearly assessment or document. Warns as you type; a CPR number cannot be saved. */
export function EntryEditor({ activities, currentId }: { activities: ActivityRef[]; currentId: string }) {
  // "Saved" until the user types again.
  const [saved, setSaved] = useState(false);
  const form = useFormSubmit({
    mutation: useCreateEntry(),
    initial: (): Values => ({
      activityId: currentId,
      kind: 'method_note',
      assessor: 'ledelse',
      year: String(new Date().getFullYear()),
      title: '',
      body: '',
      confirmed: false,
      file: null,
    }),
    ready: (values) => !personalData(values).blocked,
    toBody: (values) => ({
      clientKey: crypto.randomUUID(),
      activityId: values.activityId,
      kind: values.kind as EntryKind,
      assessor: values.kind === 'assessment' ? (values.assessor as Assessor) : null,
      year: Number(values.year),
      title: values.title,
      body: values.body,
      confirmPersonalData: values.confirmed,
      file: values.file,
    }),
    onSuccess: (_entry, _values, controls) => {
      controls.setValues((v) => ({ ...v, title: '', body: '', confirmed: false }));
      setSaved(true);
    },
  });
  const { values } = form;
  const { hasCpr, contacts, blocked } = personalData(values);
  const field = (key: 'activityId' | 'kind' | 'assessor' | 'year' | 'title' | 'body') => {
    const { error: _error, onChange, ...control } = form.field(key);
    return {
      ...control,
      onChange: (event: Parameters<typeof onChange>[0]) => {
        setSaved(false);
        onChange(event);
      },
    };
  };
  return (
    <form ref={form.formRef} className="entry-editor" onSubmit={form.handleSubmit} noValidate>
      <h2>{t.editorHeading}</h2>
      <SelectField
        label={t.editorActivity}
        options={activities.map((a) => ({ value: a.id, label: `${a.name} (${a.planName})` }))}
        {...field('activityId')}
      />
      <SelectField label={t.kind} options={KINDS} {...field('kind')} />
      {values.kind === 'assessment' ? (
        <SelectField label={t.assessor} options={ASSESSORS} {...field('assessor')} />
      ) : null}
      <TextField label={t.year} inputMode="numeric" required {...field('year')} />
      <TextField label={t.title} required maxLength={300} {...field('title')} />
      <FormField label={t.body} hint={t.bodyHint} error={hasCpr ? t.cprWarning : undefined}>
        {(control) => <textarea className="textarea" rows={8} {...field('body')} {...control} />}
      </FormField>
      {contacts.length > 0 ? (
        <div className="pii-warning" role="status">
          <p>{fill(t.contactWarning, { found: contacts.join(', ') })}</p>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={values.confirmed}
              onChange={(event) => form.set('confirmed', event.target.checked)}
            />{' '}
            {t.confirmContact}
          </label>
        </div>
      ) : null}
      <FormField label={t.file}>
        {(control) => (
          <input
            type="file"
            className="input"
            accept="application/pdf,text/plain"
            onChange={(event) => form.set('file', event.target.files?.[0] ?? null)}
            {...control}
          />
        )}
      </FormField>
      <ErrorSummary error={form.error} />
      {saved ? <Alert tone="success">{t.saved}</Alert> : null}
      <button type="submit" className="button" disabled={blocked || form.isPending} aria-disabled={blocked}>
        {t.save}
      </button>
    </form>
  );
}
