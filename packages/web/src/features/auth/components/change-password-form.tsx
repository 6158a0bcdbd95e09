import { da } from '@helhed/core';
import { TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import type { FieldErrors } from '../../../lib/form.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useChangePassword } from '../api/change-password.ts';

type Values = { currentPassword: string; newPassword: string; repeatPassword: string };

const MIN_LENGTH = 12;
const MAX_LENGTH = 128;

function validate(values: Values): FieldErrors {
  const errors: FieldErrors = {};
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
  const form = useFormSubmit({
    mutation: changePassword,
    initial: { currentPassword: '', newPassword: '', repeatPassword: '' },
    validate,
    toBody: (values) => ({ currentPassword: values.currentPassword, newPassword: values.newPassword }),
  });
  return (
    <FormShell
      form={form}
      className="form form--narrow"
      submitLabel={da.auth.changePassword}
      pendingLabel={da.web.saving}
      notice={changePassword.isSuccess ? <Alert tone="success">{da.auth.passwordChanged}</Alert> : null}
    >
      <TextField
        label={da.auth.currentPassword}
        type="password"
        autoComplete="current-password"
        {...form.field('currentPassword')}
      />
      <TextField
        label={da.auth.newPassword}
        type="password"
        autoComplete="new-password"
        {...form.field('newPassword')}
      />
      <TextField
        label={da.auth.repeatPassword}
        type="password"
        autoComplete="new-password"
        {...form.field('repeatPassword')}
      />
    </FormShell>
  );
}
