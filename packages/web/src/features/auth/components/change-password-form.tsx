import { da } from '@helhed/core';
import { type FormEvent, useRef, useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { TextField } from '../../../components/ui/form-field.tsx';
import { useFocusFirstInvalid } from '../../../hooks/use-focus-first-invalid.ts';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { useChangePassword } from '../api/change-password.ts';

type Values = { currentPassword: string; newPassword: string; repeatPassword: string };
type Errors = Partial<Record<keyof Values, string>>;

const MIN_LENGTH = 12;
const MAX_LENGTH = 128;

function validate(values: Values): Errors {
  const errors: Errors = {};
  if (!values.currentPassword) errors.currentPassword = da.validation.required;
  if (!values.newPassword) errors.newPassword = da.validation.required;
  else if (values.newPassword.length < MIN_LENGTH) errors.newPassword = da.validation.passwordTooShort;
  else if (values.newPassword.length > MAX_LENGTH) errors.newPassword = da.validation.passwordTooLong;
  else if (values.newPassword === values.currentPassword) errors.newPassword = da.auth.passwordSameAsOld;
  if (!values.repeatPassword) errors.repeatPassword = da.validation.required;
  else if (values.repeatPassword !== values.newPassword) errors.repeatPassword = da.auth.passwordsDiffer;
  return errors;
}

export function ChangePasswordForm() {
  const changePassword = useChangePassword();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Values>({ currentPassword: '', newPassword: '', repeatPassword: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);
  useFocusFirstInvalid(formRef, attempt);

  function handleChange(field: keyof Values) {
    return (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [field]: event.target.value }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (changePassword.isPending) return;
    const found = validate(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((count) => count + 1);
      return;
    }
    changePassword.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onError: (error) => {
          if (error instanceof ApiError) setErrors(error.fieldErrors());
          setAttempt((count) => count + 1);
        },
      },
    );
  }

  return (
    <form ref={formRef} className="form form--narrow" noValidate onSubmit={handleSubmit}>
      {changePassword.isError ? (
        <div data-error-summary tabIndex={-1}>
          <Alert tone="error">{errorMessage(changePassword.error)}</Alert>
        </div>
      ) : null}
      {changePassword.isSuccess ? <Alert tone="success">{da.auth.passwordChanged}</Alert> : null}
      <TextField
        label={da.auth.currentPassword}
        type="password"
        name="currentPassword"
        autoComplete="current-password"
        value={values.currentPassword}
        error={errors.currentPassword}
        onChange={handleChange('currentPassword')}
      />
      <TextField
        label={da.auth.newPassword}
        type="password"
        name="newPassword"
        autoComplete="new-password"
        value={values.newPassword}
        error={errors.newPassword}
        onChange={handleChange('newPassword')}
      />
      <TextField
        label={da.auth.repeatPassword}
        type="password"
        name="repeatPassword"
        autoComplete="new-password"
        value={values.repeatPassword}
        error={errors.repeatPassword}
        onChange={handleChange('repeatPassword')}
      />
      <button type="submit" className="button" aria-disabled={changePassword.isPending}>
        {changePassword.isPending ? da.web.saving : da.auth.changePassword}
      </button>
    </form>
  );
}
