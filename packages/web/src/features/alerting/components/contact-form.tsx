import { da, fill } from '@helhed/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField, TextField } from '../../../components/ui/form-field.tsx';
import { useFocusFirstInvalid } from '../../../hooks/use-focus-first-invalid.ts';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { newClientKey } from '../../../lib/client-key.ts';
import { useSaveContact } from '../api/contacts.ts';
import type { ActionCard, Contact, ContactGroup } from '../types.ts';

const t = da.alerting.ui;
type Values = {
  organisationId: string;
  group: ContactGroup;
  roleTitle: string;
  fullName: string;
  email: string;
  phone: string;
  deputyId: string;
  isActive: string;
};
type Errors = Partial<Record<keyof Values, string>>;
const GROUPS = Object.keys(da.alerting.groups) as ContactGroup[];

function valuesOf(contact: Contact | null, card: ActionCard): Values {
  return {
    organisationId: contact?.organisationId ?? card.organisations[0]?.id ?? '',
    group: contact?.group ?? 'ssp_fu',
    roleTitle: contact?.roleTitle ?? '',
    fullName: contact?.fullName ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    deputyId: contact?.deputyId ?? '',
    isActive: contact?.isActive === false ? 'false' : 'true',
  };
}

function validate(v: Values): Errors {
  const errors: Errors = {};
  if (!v.roleTitle.trim()) errors.roleTitle = da.validation.required;
  if (!v.fullName.trim()) errors.fullName = da.validation.required;
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email.trim())) errors.email = da.validation.invalidEmail;
  if (v.phone.trim() && !/^\+?[0-9 ]{8,20}$/.test(v.phone.trim()))
    errors.phone = da.alerting.errors.invalidPhone;
  return errors;
}

type Props = { card: ActionCard; contacts: Contact[]; editing: Contact | null; onDone: () => void };

/** Adds a person to the alert list, or corrects one; saving counts as confirming the entry. */
export function ContactForm({ card, contacts, editing, onDone }: Props) {
  const save = useSaveContact();
  const formRef = useRef<HTMLFormElement>(null);
  const clientKey = useRef<string>(newClientKey());
  const [values, setValues] = useState<Values>(() => valuesOf(editing, card));
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  useFocusFirstInvalid(formRef, attempt);
  useEffect(() => {
    setValues(valuesOf(editing, card));
    setErrors({});
    if (editing) formRef.current?.querySelector('input')?.focus();
  }, [editing, card]);
  const set = (field: keyof Values) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(null);
    const found = validate(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    save.mutate(
      {
        id: editing?.id ?? null,
        clientKey: clientKey.current,
        values: {
          organisationId: values.organisationId,
          group: values.group,
          roleTitle: values.roleTitle.trim(),
          fullName: values.fullName.trim(),
          email: values.email.trim(),
          phone: values.phone.trim() || null,
          deputyId: values.deputyId || null,
          isActive: values.isActive === 'true',
        },
      },
      {
        onSuccess: (contact) => {
          clientKey.current = newClientKey();
          setValues(valuesOf(null, card));
          setSaved(contact.fullName);
          onDone();
        },
        onError: (error) => {
          if (error instanceof ApiError) setErrors(error.fieldErrors());
          setAttempt((n) => n + 1);
        },
      },
    );
  }

  const title = editing ? t.editContact : t.addContact;
  return (
    <form
      ref={formRef}
      className="form"
      noValidate
      onSubmit={handleSubmit}
      aria-labelledby="contact-form-title"
    >
      <h2 id="contact-form-title">{title}</h2>
      {save.isError ? (
        <div data-error-summary tabIndex={-1}>
          <Alert tone="error">{errorMessage(save.error)}</Alert>
        </div>
      ) : null}
      {saved ? <Alert tone="success">{fill(t.contactSaved, { name: saved })}</Alert> : null}
      <div className="form__grid">
        <TextField
          label={t.fullName}
          name="fullName"
          autoComplete="off"
          value={values.fullName}
          error={errors.fullName}
          onChange={set('fullName')}
        />
        <TextField
          label={t.roleTitle}
          name="roleTitle"
          autoComplete="off"
          value={values.roleTitle}
          error={errors.roleTitle}
          onChange={set('roleTitle')}
        />
        <SelectField
          label={t.organisation}
          name="organisationId"
          value={values.organisationId}
          error={errors.organisationId}
          options={card.organisations.map((o) => ({ value: o.id, label: o.name }))}
          onChange={set('organisationId')}
        />
        <SelectField
          label={t.group}
          name="group"
          value={values.group}
          options={GROUPS.map((g) => ({ value: g, label: da.alerting.groups[g] }))}
          onChange={set('group')}
        />
        <TextField
          label={t.email}
          type="email"
          name="email"
          autoComplete="off"
          value={values.email}
          error={errors.email}
          onChange={set('email')}
        />
        <TextField
          label={t.phone}
          type="tel"
          name="phone"
          autoComplete="off"
          value={values.phone}
          error={errors.phone}
          onChange={set('phone')}
        />
        <SelectField
          label={t.deputy}
          name="deputyId"
          value={values.deputyId}
          error={errors.deputyId}
          options={[
            { value: '', label: t.noDeputy },
            ...contacts
              .filter((c) => c.id !== editing?.id)
              .map((c) => ({ value: c.id, label: `${c.fullName} (${c.organisationName})` })),
          ]}
          onChange={set('deputyId')}
        />
        <SelectField
          label={t.active}
          name="isActive"
          value={values.isActive}
          options={[
            { value: 'true', label: da.users.active },
            { value: 'false', label: da.users.inactive },
          ]}
          onChange={set('isActive')}
        />
      </div>
      <div className="inline-actions">
        <button type="submit" className="button" aria-disabled={save.isPending}>
          {save.isPending ? da.web.saving : t.saveContact}
        </button>
        {editing ? (
          <button type="button" className="button button--secondary" onClick={onDone}>
            {t.cancel}
          </button>
        ) : null}
      </div>
    </form>
  );
}
