import { da } from '@helhed/core';
import { useEffect, useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { useSession } from '../api/get-session.ts';
import { SecondFactorForm } from '../components/second-factor-form.tsx';
import { SignInForm } from '../components/sign-in-form.tsx';

type FromState = { from?: string } | null;

export function SignInPage() {
  const session = useSession();
  const location = useLocation();
  const pending = session.data?.user.secondFactor === 'pending';
  // Why the second step ended (too many wrong codes), shown above the sign-in form that follows it.
  const [ended, setEnded] = useState<string | null>(null);
  useEffect(() => {
    // The second step keeps the address: move focus to its heading by hand, as a new page would.
    if (pending) {
      setEnded(null);
      document.querySelector<HTMLElement>('main h1')?.focus();
    }
  }, [pending]);
  if (pending) {
    return (
      <Page title={da.secondFactor.ui.codeTitle}>
        <SecondFactorForm onSessionEnded={setEnded} />
      </Page>
    );
  }
  if (session.data) {
    const from = (location.state as FromState)?.from;
    return <Navigate to={from && from !== '/log-ind' ? from : '/plan'} replace />;
  }
  return (
    <Page title={da.auth.signInTitle}>
      {ended ? <Alert tone="error">{ended}</Alert> : null}
      <SignInForm />
    </Page>
  );
}
