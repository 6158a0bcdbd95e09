import { da } from '@helhed/core';
import { TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useSignIn } from '../api/sign-in.ts';

type Values = { email: string; password: string };

function validate(values: Values) {
  const email = values.email.trim();
  return {
    email: !email
      ? da.validation.required
      : !/^[^\s@]+@[^\s@]+$/.test(email)
        ? da.validation.invalidEmail
        : undefined,
    password: values.password ? undefined : da.validation.required,
  };
}

export function SignInForm() {
  const form = useFormSubmit({
    mutation: useSignIn(),
    initial: { email: '', password: '' },
    validate,
    toBody: (values) => ({ email: values.email.trim(), password: values.password }),
    // A failed sign-in never leaves the password in the field.
    onError: (_, controls) => controls.setValues((values) => ({ ...values, password: '' })),
  });
  return (
    <FormShell
      form={form}
      className="form form--narrow"
      submitLabel={da.auth.signIn}
      pendingLabel={da.auth.signingIn}
    >
      <TextField label={da.auth.email} type="email" autoComplete="username" {...form.field('email')} />
      <TextField
        label={da.auth.password}
        type="password"
        autoComplete="current-password"
        {...form.field('password')}
      />
    </FormShell>
  );
}
