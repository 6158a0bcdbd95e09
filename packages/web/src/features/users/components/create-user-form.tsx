import { da, fill, ROLES, type Role } from '@helhed/core';
import { type ChangeEvent, type FormEvent, useRef, useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField, TextField } from '../../../components/ui/form-field.tsx';
import { useFocusFirstInvalid } from '../../../hooks/use-focus-first-invalid.ts';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { newClientKey } from '../../../lib/client-key.ts';
import { useCreateUser } from '../api/create-user.ts';
import { useTeams } from '../api/teams.ts';

type Values = { displayName: string; email: string; role: Role; password: string; teamId: string };
type Errors = Partial<Record<keyof Values, string>>;

const EMPTY: Values = { displayName: '', email: '', role: 'worker', password: '', teamId: '' };
const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: da.roles[role] }));

function validate(values: Values): Errors {
  const errors: Errors = {};
  if (!values.displayName.trim()) errors.displayName = da.validation.required;
  if (!values.email.trim()) errors.email = da.validation.required;
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) errors.email = da.validation.invalidEmail;
  if (!values.password) errors.password = da.validation.required;
  else if (values.password.length < 12) errors.password = da.validation.passwordTooShort;
  else if (values.password.length > 128) errors.password = da.validation.passwordTooLong;
  return errors;
}

export function CreateUserForm() {
  const createUser = useCreateUser();
  const teams = useTeams();
  const formRef = useRef<HTMLFormElement>(null);
  // One key per user being created: kept across retries so a repeated request cannot create a duplicate.
  const clientKey = useRef<string | null>(null);
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);
  const [createdName, setCreatedName] = useState<string | null>(null);
  useFocusFirstInvalid(formRef, attempt);

  function handleChange(field: keyof Values) {
    return (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      setValues((current) => ({ ...current, [field]: event.target.value }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (createUser.isPending) return;
    setCreatedName(null);
    const found = validate(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((count) => count + 1);
      return;
    }
    clientKey.current ??= newClientKey();
    const input = {
      ...values,
      displayName: values.displayName.trim(),
      email: values.email.trim(),
      teamId: values.teamId || null,
    };
    createUser.mutate(
      { clientKey: clientKey.current, ...input },
      {
        onSuccess: (user) => {
          clientKey.current = null;
          setValues(EMPTY);
          setCreatedName(user.displayName);
        },
        onError: (error) => {
          if (error instanceof ApiError) {
            const fieldErrors: Errors = error.fieldErrors();
            if (error.status === 409 && !fieldErrors.email) fieldErrors.email = da.users.emailTaken;
            setErrors(fieldErrors);
          }
          setAttempt((count) => count + 1);
        },
      },
    );
  }

  return (
    <form
      ref={formRef}
      className="form"
      noValidate
      onSubmit={handleSubmit}
      aria-labelledby="create-user-title"
    >
      <h2 id="create-user-title">{da.users.create}</h2>
      <p>{da.users.createIntro}</p>
      {createUser.isError ? (
        <div data-error-summary tabIndex={-1}>
          <Alert tone="error">{errorMessage(createUser.error)}</Alert>
        </div>
      ) : null}
      {createdName ? (
        <Alert tone="success">{fill(da.users.createdNamed, { name: createdName })}</Alert>
      ) : null}
      <div className="form__grid">
        <TextField
          label={da.users.displayName}
          name="displayName"
          autoComplete="off"
          value={values.displayName}
          error={errors.displayName}
          onChange={handleChange('displayName')}
        />
        <TextField
          label={da.users.email}
          type="email"
          name="email"
          autoComplete="off"
          value={values.email}
          error={errors.email}
          onChange={handleChange('email')}
        />
        <SelectField
          label={da.users.role}
          name="role"
          options={ROLE_OPTIONS}
          value={values.role}
          error={errors.role}
          onChange={handleChange('role')}
        />
        <SelectField
          label={da.registrationUi.teamOptional}
          name="teamId"
          options={[
            { value: '', label: da.registrationUi.noTeam },
            ...(teams.data ?? []).map((team) => ({ value: team.id, label: team.name })),
          ]}
          value={values.teamId}
          error={errors.teamId}
          onChange={handleChange('teamId')}
        />
        <TextField
          label={da.users.initialPassword}
          type="password"
          name="password"
          autoComplete="new-password"
          value={values.password}
          error={errors.password}
          onChange={handleChange('password')}
        />
      </div>
      <button type="submit" className="button" aria-disabled={createUser.isPending}>
        {createUser.isPending ? da.users.creating : da.users.create}
      </button>
    </form>
  );
}
