import { da } from '@helhed/core';
import { type ChangeEvent, type FormEvent, useRef, useState } from 'react';
import { SelectField, TextField } from '../../../components/ui/form-field.tsx';
import { useFocusFirstInvalid } from '../../../hooks/use-focus-first-invalid.ts';
import { AUDIT_ACTIONS } from '../../../types/api.ts';
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
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Criteria>(initial);
  const [dateError, setDateError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  useFocusFirstInvalid(formRef, attempt);

  function handleChange(field: keyof Criteria) {
    return (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      setValues((current) => ({ ...current, [field]: event.target.value }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (values.from && values.to && values.to < values.from) {
      setDateError(da.audit.dateOrder);
      setAttempt((count) => count + 1);
      return;
    }
    setDateError(undefined);
    onSearch({ ...values, actor: values.actor.trim(), entityType: values.entityType.trim().toLowerCase() });
  }

  return (
    <search>
      <form ref={formRef} className="form" noValidate onSubmit={handleSubmit}>
        <div className="form__grid form__grid--search">
          <TextField
            label={da.audit.actorContains}
            type="search"
            name="actor"
            value={values.actor}
            error={serverErrors.actor}
            onChange={handleChange('actor')}
          />
          <SelectField
            label={da.audit.action}
            name="action"
            options={ACTION_OPTIONS}
            value={values.action}
            error={serverErrors.action}
            onChange={handleChange('action')}
          />
          <TextField
            label={da.audit.entity}
            name="entityType"
            hint={da.audit.entityHint}
            value={values.entityType}
            error={serverErrors.entityType}
            onChange={handleChange('entityType')}
          />
          <TextField
            label={da.audit.from}
            type="date"
            name="from"
            value={values.from}
            error={serverErrors.from}
            onChange={handleChange('from')}
          />
          <TextField
            label={da.audit.to}
            type="date"
            name="to"
            value={values.to}
            error={dateError ?? serverErrors.to}
            onChange={handleChange('to')}
          />
        </div>
        <button type="submit" className="button">
          {da.audit.search}
        </button>
      </form>
    </search>
  );
}
