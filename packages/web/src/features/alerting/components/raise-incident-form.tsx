import { da } from '@helhed/core';
import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField, TextField } from '../../../components/ui/form-field.tsx';
import { useFocusFirstInvalid } from '../../../hooks/use-focus-first-invalid.ts';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { newClientKey } from '../../../lib/client-key.ts';
import { useRaiseIncident } from '../api/incidents.ts';
import { fromLocalInput, toLocalInput } from '../lib/access.ts';
import type { ActionCard, Incident, Level } from '../types.ts';
import { TextareaField } from './textarea-field.tsx';

const t = da.alerting.ui;
type Values = {
  level: Level;
  category: string;
  description: string;
  location: string;
  areaSlug: string;
  occurredAt: string;
};
type Errors = Partial<Record<keyof Values, string>>;

function validate(v: Values): Errors {
  const errors: Errors = {};
  for (const key of ['category', 'description', 'location'] as const) {
    if (!v[key].trim()) errors[key] = da.validation.required;
  }
  if (!fromLocalInput(v.occurredAt)) errors.occurredAt = da.alerting.errors.invalidDateTime;
  if (v.areaSlug && !/^[a-z0-9][a-z0-9-]{0,62}$/.test(v.areaSlug))
    errors.areaSlug = da.alerting.errors.invalidAreaSlug;
  return errors;
}

export function RaiseIncidentForm({ card, canOpen }: { card: ActionCard; canOpen: boolean }) {
  const raise = useRaiseIncident();
  const formRef = useRef<HTMLFormElement>(null);
  const clientKey = useRef<string | null>(null);
  const empty = (): Values => ({
    level: 'red',
    category: '',
    description: '',
    location: '',
    areaSlug: '',
    occurredAt: toLocalInput(new Date()),
  });
  const [values, setValues] = useState<Values>(empty);
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);
  const [raised, setRaised] = useState<Incident | null>(null);
  useFocusFirstInvalid(formRef, attempt);
  const examples = card.levels.find((l) => l.level === values.level)?.examples ?? [];
  const set = (field: keyof Values) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (raise.isPending) return;
    setRaised(null);
    const found = validate(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    clientKey.current ??= newClientKey();
    raise.mutate(
      {
        clientKey: clientKey.current,
        level: values.level,
        category: values.category.trim(),
        description: values.description.trim(),
        location: values.location.trim(),
        areaSlug: values.areaSlug.trim() || null,
        occurredAt: fromLocalInput(values.occurredAt),
      },
      {
        onSuccess: (incident) => {
          clientKey.current = null;
          setValues(empty());
          setRaised(incident);
        },
        onError: (error) => {
          if (error instanceof ApiError) setErrors(error.fieldErrors());
          setAttempt((n) => n + 1);
        },
      },
    );
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={handleSubmit} aria-labelledby="raise-title">
      <h2 id="raise-title">{t.raiseTitle}</h2>
      <p>{t.raiseIntro}</p>
      {raise.isError ? (
        <div data-error-summary tabIndex={-1}>
          <Alert tone="error">{errorMessage(raise.error)}</Alert>
        </div>
      ) : null}
      {raised ? (
        <Alert tone="success">
          {t.raised} {canOpen ? <Link to={`/beredskab/haendelser/${raised.id}`}>{t.open}</Link> : null}
        </Alert>
      ) : null}
      <div className="form__grid">
        <SelectField
          label={t.level}
          name="level"
          value={values.level}
          options={card.levels.map((l) => ({ value: l.level, label: da.alerting.levels[l.level] }))}
          onChange={set('level')}
        />
        <TextField
          label={t.category}
          hint={`${t.categoryHint} ${examples.join(', ')}.`}
          name="category"
          list="incident-examples"
          value={values.category}
          error={errors.category}
          onChange={set('category')}
        />
        <datalist id="incident-examples">
          {examples.map((example) => (
            <option key={example} value={example} />
          ))}
        </datalist>
        <TextField
          label={t.location}
          name="location"
          value={values.location}
          error={errors.location}
          onChange={set('location')}
        />
        <TextField
          label={t.areaSlug}
          hint={t.areaSlugHint}
          name="areaSlug"
          value={values.areaSlug}
          error={errors.areaSlug}
          onChange={set('areaSlug')}
        />
        <TextField
          label={t.occurredAt}
          type="datetime-local"
          name="occurredAt"
          value={values.occurredAt}
          error={errors.occurredAt}
          onChange={set('occurredAt')}
        />
      </div>
      <TextareaField
        label={t.description}
        name="description"
        value={values.description}
        error={errors.description}
        onChange={set('description')}
      />
      <button type="submit" className="button" aria-disabled={raise.isPending}>
        {raise.isPending ? t.raising : t.raise}
      </button>
    </form>
  );
}
