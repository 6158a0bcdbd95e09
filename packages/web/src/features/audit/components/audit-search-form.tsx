import { AUDIT_ACTIONS, da } from '@helhed/core';
import type { FormEvent } from 'react';
import { SelectField, TextField } from '../../../components/form/form-field.tsx';
import { useFormState } from '../../../lib/use-form-state.ts';
import type { AuditSearch } from '../api/get-audit-events.ts';

type Criteria = Omit<AuditSearch, 'offset'>;

const ACTION_OPTIONS = [
  { value: '', label: da.audit.allActions },
  ...AUDIT_ACTIONS.map((action) => ({ value: action, label: da.audit.actions[action] })),
];

type AuditSearchFormProps = {
  initial: Criteria;
  /** Per-field messages from the server's answer to the last search. */
  serverErrors: Partial<Record<string, string>>;
  onSearch: (criteria: Criteria) => void;
};

export function AuditSearchForm({ initial, serverErrors, onSearch }: AuditSearchFormProps) {
  const form = useFormState<Criteria>(initial);
  const { values } = form;
  // The date order is checked here; every other message comes from the server's answer.
  const field = (key: keyof Criteria) => ({
    ...form.field(key),
    error: form.errors[key] ?? serverErrors[key],
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (values.from && values.to && values.to < values.from) {
      form.fail({ to: da.audit.dateOrder });
      return;
    }
    form.setErrors({});
    onSearch({ ...values, actor: values.actor.trim(), entityType: values.entityType.trim().toLowerCase() });
  }

  return (
    <search>
      <form ref={form.formRef} className="form" noValidate onSubmit={handleSubmit}>
        <div className="form__grid form__grid--search">
          <TextField label={da.audit.actorContains} type="search" {...field('actor')} />
          <SelectField label={da.audit.action} options={ACTION_OPTIONS} {...field('action')} />
          <TextField label={da.audit.entity} hint={da.audit.entityHint} {...field('entityType')} />
          <TextField label={da.audit.from} type="date" {...field('from')} />
          <TextField label={da.audit.to} type="date" {...field('to')} />
        </div>
        <button type="submit" className="button">
          {da.audit.search}
        </button>
      </form>
    </search>
  );
}
