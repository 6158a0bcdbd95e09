import { da } from '@helhed/core';
import { type FormEvent, useRef, useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { TextField } from '../../../components/ui/form-field.tsx';
import { useFocusFirstInvalid } from '../../../hooks/use-focus-first-invalid.ts';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { useSignIn } from '../api/sign-in.ts';

type Errors = { email?: string; password?: string };

function validate(email: string, password: string): Errors {
  const errors: Errors = {};
  if (!email.trim()) errors.email = da.validation.required;
  else if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) errors.email = da.validation.invalidEmail;
  if (!password) errors.password = da.validation.required;
  return errors;
}

export function SignInForm() {
  const signIn = useSignIn();
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);
  useFocusFirstInvalid(formRef, attempt);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signIn.isPending) return;
    const found = validate(email, password);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((count) => count + 1);
      return;
    }
    signIn.mutate(
      { email: email.trim(), password },
      {
        onError: (error) => {
          if (error instanceof ApiError) setErrors(error.fieldErrors());
          setPassword('');
          setAttempt((count) => count + 1);
        },
      },
    );
  }

  return (
    <form ref={formRef} className="form form--narrow" noValidate onSubmit={handleSubmit}>
      {signIn.isError ? (
        <div data-error-summary tabIndex={-1}>
          <Alert tone="error">{errorMessage(signIn.error)}</Alert>
        </div>
      ) : null}
      <TextField
        label={da.auth.email}
        type="email"
        name="email"
        autoComplete="username"
        value={email}
        error={errors.email}
        onChange={(event) => setEmail(event.target.value)}
      />
      <TextField
        label={da.auth.password}
        type="password"
        name="password"
        autoComplete="current-password"
        value={password}
        error={errors.password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <button type="submit" className="button" aria-disabled={signIn.isPending}>
        {signIn.isPending ? da.auth.signingIn : da.auth.signIn}
      </button>
    </form>
  );
}
