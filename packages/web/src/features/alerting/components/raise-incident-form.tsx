import { da } from '@helhed/core';
import { Link } from 'react-router';
import { SelectField, TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { TextareaField } from '../../../components/form/textarea-field.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import type { FieldErrors } from '../../../lib/form.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useRaiseIncident } from '../api/raise-incident.ts';
import { fromLocalInput, toLocalInput } from '../lib/access.ts';
import type { ActionCard, Level } from '../types.ts';

const t = da.alerting.ui;
type Values = {
  level: Level;
  category: string;
  description: string;
  location: string;
  areaSlug: string;
  occurredAt: string;
};

function validate(v: Values): FieldErrors {
  const errors: FieldErrors = {};
  for (const key of ['category', 'description', 'location'] as const) {
    if (!v[key].trim()) errors[key] = da.validation.required;
  }
  if (!fromLocalInput(v.occurredAt)) errors.occurredAt = da.alerting.errors.invalidDateTime;
  if (v.areaSlug && !/^[a-z0-9][a-z0-9-]{0,62}$/.test(v.areaSlug))
    errors.areaSlug = da.alerting.errors.invalidAreaSlug;
  return errors;
}

const empty = (): Values => ({
  level: 'red',
  category: '',
  description: '',
  location: '',
  areaSlug: '',
  occurredAt: toLocalInput(new Date()),
});

export function RaiseIncidentForm({ card, canOpen }: { card: ActionCard; canOpen: boolean }) {
  const form = useFormSubmit({
    mutation: useRaiseIncident(),
    initial: empty,
    validate,
    clientKey: true,
    resetOnSuccess: true,
    toBody: (values, clientKey) => ({
      clientKey,
      level: values.level,
      category: values.category.trim(),
      description: values.description.trim(),
      location: values.location.trim(),
      areaSlug: values.areaSlug.trim() || null,
      occurredAt: fromLocalInput(values.occurredAt),
    }),
  });
  const { values, field } = form;
  const raised = form.result?.value ?? null;
  const examples = card.levels.find((l) => l.level === values.level)?.examples ?? [];

  return (
    <FormShell
      form={form}
      title={t.raiseTitle}
      intro={t.raiseIntro}
      notice={
        raised ? (
          <Alert tone="success">
            {t.raised} {canOpen ? <Link to={`/beredskab/haendelser/${raised.id}`}>{t.open}</Link> : null}
          </Alert>
        ) : null
      }
      submitLabel={t.raise}
      pendingLabel={t.raising}
    >
      <div className="form__grid">
        <SelectField
          label={t.level}
          options={card.levels.map((l) => ({ value: l.level, label: da.alerting.levels[l.level] }))}
          {...field('level')}
        />
        <TextField
          label={t.category}
          hint={`${t.categoryHint} ${examples.join(', ')}.`}
          list="incident-examples"
          {...field('category')}
        />
        <datalist id="incident-examples">
          {examples.map((example) => (
            <option key={example} value={example} />
          ))}
        </datalist>
        <TextField label={t.location} {...field('location')} />
        <TextField label={t.areaSlug} hint={t.areaSlugHint} {...field('areaSlug')} />
        <TextField label={t.occurredAt} type="datetime-local" {...field('occurredAt')} />
      </div>
      <TextareaField label={t.description} {...field('description')} />
    </FormShell>
  );
}
