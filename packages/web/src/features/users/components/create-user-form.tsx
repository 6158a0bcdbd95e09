import { da, fill, ROLES, type Role } from '@helhed/core';
import { SelectField, TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { type FieldErrors, fieldErrorsOf } from '../../../lib/form.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useCreateUser } from '../api/create-user.ts';
import { useTeams } from '../api/get-teams.ts';

type Values = { displayName: string; email: string; role: Role; password: string; teamId: string };

const EMPTY: Values = { displayName: '', email: '', role: 'worker', password: '', teamId: '' };
const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: da.roles[role] }));

function validate(values: Values): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.displayName.trim()) errors.displayName = da.validation.required;
  if (!values.email.trim()) errors.email = da.validation.required;
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) errors.email = da.validation.invalidEmail;
  if (!values.password) errors.password = da.validation.required;
  else if (values.password.length < 12) errors.password = da.validation.passwordTooShort;
  else if (values.password.length > 128) errors.password = da.validation.passwordTooLong;
  return errors;
}

/** A taken e-mail address (409) is shown at the e-mail field. */
function errorsOf(error: unknown): FieldErrors {
  const found = fieldErrorsOf(error);
  if (error instanceof ApiError && error.status === 409 && !found.email) found.email = da.users.emailTaken;
  return found;
}

export function CreateUserForm() {
  const teams = useTeams();
  // One key per user being created: kept across retries so a repeated request cannot create a duplicate.
  const form = useFormSubmit({
    mutation: useCreateUser(),
    initial: EMPTY,
    validate,
    clientKey: true,
    toBody: (values, clientKey) => ({
      clientKey,
      ...values,
      displayName: values.displayName.trim(),
      email: values.email.trim(),
      teamId: values.teamId || null,
    }),
    errorsOf,
    resetOnSuccess: true,
  });
  const createdName = form.result?.value.displayName;

  return (
    <FormShell
      form={form}
      title={da.users.create}
      intro={da.users.createIntro}
      submitLabel={da.users.create}
      pendingLabel={da.users.creating}
      notice={
        createdName ? (
          <Alert tone="success">{fill(da.users.createdNamed, { name: createdName })}</Alert>
        ) : null
      }
    >
      <div className="form__grid">
        <TextField label={da.users.displayName} autoComplete="off" {...form.field('displayName')} />
        <TextField label={da.users.email} type="email" autoComplete="off" {...form.field('email')} />
        <SelectField label={da.users.role} options={ROLE_OPTIONS} {...form.field('role')} />
        <SelectField
          label={da.registrationUi.teamOptional}
          options={[
            { value: '', label: da.registrationUi.noTeam },
            ...(teams.data ?? []).map((team) => ({ value: team.id, label: team.name })),
          ]}
          {...form.field('teamId')}
        />
        <TextField
          label={da.users.initialPassword}
          type="password"
          autoComplete="new-password"
          {...form.field('password')}
        />
      </div>
    </FormShell>
  );
}
