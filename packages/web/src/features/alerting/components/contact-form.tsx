import { da, fill } from '@helhed/core';
import { useEffect } from 'react';
import { SelectField, TextField } from '../../../components/form/form-field.tsx';
import { ErrorSummary, SubmitButton } from '../../../components/form/form-shell.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import type { FieldErrors } from '../../../lib/form.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useSaveContact } from '../api/save-contact.ts';
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

function validate(v: Values): FieldErrors {
  const errors: FieldErrors = {};
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
  const form = useFormSubmit({
    mutation: useSaveContact(),
    initial: () => valuesOf(editing, card),
    validate,
    clientKey: true,
    toBody: (values, clientKey) => ({
      id: editing?.id ?? null,
      clientKey,
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
    }),
    onSuccess: (_contact, _values, controls) => {
      controls.renewClientKey();
      controls.setValues(valuesOf(null, card));
      onDone();
    },
  });
  const { setValues, setErrors, formRef, field } = form;
  // Another person chosen for correction (or none): their entry fills the form.
  useEffect(() => {
    setValues(valuesOf(editing, card));
    setErrors({});
    if (editing) formRef.current?.querySelector('input')?.focus();
  }, [editing, card, setValues, setErrors, formRef]);

  const title = editing ? t.editContact : t.addContact;
  const saved = form.result?.value.fullName;
  return (
    <form
      ref={formRef}
      className="form"
      noValidate
      onSubmit={form.handleSubmit}
      aria-labelledby="contact-form-title"
    >
      <h2 id="contact-form-title">{title}</h2>
      <ErrorSummary error={form.error} />
      {saved ? <Alert tone="success">{fill(t.contactSaved, { name: saved })}</Alert> : null}
      <div className="form__grid">
        <TextField label={t.fullName} autoComplete="off" {...field('fullName')} />
        <TextField label={t.roleTitle} autoComplete="off" {...field('roleTitle')} />
        <SelectField
          label={t.organisation}
          options={card.organisations.map((o) => ({ value: o.id, label: o.name }))}
          {...field('organisationId')}
        />
        <SelectField
          label={t.group}
          options={GROUPS.map((g) => ({ value: g, label: da.alerting.groups[g] }))}
          {...field('group')}
        />
        <TextField label={t.email} type="email" autoComplete="off" {...field('email')} />
        <TextField label={t.phone} type="tel" autoComplete="off" {...field('phone')} />
        <SelectField
          label={t.deputy}
          options={[
            { value: '', label: t.noDeputy },
            ...contacts
              .filter((c) => c.id !== editing?.id)
              .map((c) => ({ value: c.id, label: `${c.fullName} (${c.organisationName})` })),
          ]}
          {...field('deputyId')}
        />
        <SelectField
          label={t.active}
          options={[
            { value: 'true', label: da.users.active },
            { value: 'false', label: da.users.inactive },
          ]}
          {...field('isActive')}
        />
      </div>
      <div className="inline-actions">
        <SubmitButton pending={form.isPending} label={t.saveContact} pendingLabel={da.web.saving} />
        {editing ? (
          <button type="button" className="button button--secondary" onClick={onDone}>
            {t.cancel}
          </button>
        ) : null}
      </div>
    </form>
  );
}
