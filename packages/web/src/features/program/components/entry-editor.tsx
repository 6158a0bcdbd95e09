import { da, fill, findPersonalData } from '@helhed/core';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { FormField, SelectField, TextField } from '../../../components/ui/form-field.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useCreateEntry } from '../api/program-api.ts';
import type { ActivityRef, Assessor, EntryKind } from '../types.ts';

const t = da.programUi;
const KINDS = Object.entries(da.program.entryKinds).map(([value, label]) => ({ value, label }));
const ASSESSORS = Object.entries(da.program.assessors).map(([value, label]) => ({ value, label }));

async function readFile(file: File | null) {
  if (!file) return null;
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return { name: file.name, type: file.type || 'application/octet-stream', base64: btoa(binary) };
}

/** A method note, yearly assessment or document. Warns as you type; a CPR number cannot be saved. */
export function EntryEditor({ activities, currentId }: { activities: ActivityRef[]; currentId: string }) {
  const create = useCreateEntry();
  const empty = {
    activityId: currentId,
    kind: 'method_note',
    assessor: 'ledelse',
    title: '',
    body: '',
  };
  const [form, setForm] = useState({ ...empty, year: String(new Date().getFullYear()) });
  const [confirmed, setConfirmed] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [saved, setSaved] = useState(false);
  const found = findPersonalData(`${form.title}\n${form.body}`);
  const contacts = [...found.emails, ...found.phones];
  const blocked = found.cpr.length > 0 || (contacts.length > 0 && !confirmed);
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) => {
    setSaved(false);
    setForm({ ...form, [key]: event.target.value });
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (blocked) return;
    await create.mutateAsync({
      clientKey: crypto.randomUUID(),
      activityId: form.activityId,
      kind: form.kind as EntryKind,
      assessor: form.kind === 'assessment' ? (form.assessor as Assessor) : null,
      year: Number(form.year),
      title: form.title,
      body: form.body,
      confirmPersonalData: confirmed,
      file: await readFile(file),
    });
    setForm({ ...form, title: '', body: '' });
    setConfirmed(false);
    setSaved(true);
  };
  return (
    <form className="entry-editor" onSubmit={(event) => void submit(event).catch(() => undefined)} noValidate>
      <h2>{t.editorHeading}</h2>
      <SelectField
        label={t.editorActivity}
        value={form.activityId}
        onChange={set('activityId')}
        options={activities.map((a) => ({ value: a.id, label: `${a.name} (${a.planName})` }))}
      />
      <SelectField label={t.kind} value={form.kind} onChange={set('kind')} options={KINDS} />
      {form.kind === 'assessment' ? (
        <SelectField
          label={t.assessor}
          value={form.assessor}
          onChange={set('assessor')}
          options={ASSESSORS}
        />
      ) : null}
      <TextField label={t.year} inputMode="numeric" value={form.year} onChange={set('year')} required />
      <TextField label={t.title} value={form.title} onChange={set('title')} required maxLength={300} />
      <FormField label={t.body} hint={t.bodyHint} error={found.cpr.length > 0 ? t.cprWarning : undefined}>
        {(control) => (
          <textarea className="textarea" rows={8} value={form.body} onChange={set('body')} {...control} />
        )}
      </FormField>
      {contacts.length > 0 ? (
        <div className="pii-warning" role="status">
          <p>{fill(t.contactWarning, { found: contacts.join(', ') })}</p>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={confirmed}
              onChange={(event) => setConfirmed(event.target.checked)}
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
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            {...control}
          />
        )}
      </FormField>
      {create.isError ? <Alert tone="error">{errorMessage(create.error)}</Alert> : null}
      {saved ? <Alert tone="success">{t.saved}</Alert> : null}
      <button type="submit" className="button" disabled={blocked || create.isPending} aria-disabled={blocked}>
        {t.save}
      </button>
    </form>
  );
}
