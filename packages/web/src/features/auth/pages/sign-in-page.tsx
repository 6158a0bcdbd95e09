import { da } from '@helhed/core';
import { useEffect } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Page } from '../../../components/ui/page.tsx';
import { useSession } from '../api/get-session.ts';
import { SecondFactorForm } from '../components/second-factor-form.tsx';
import { SignInForm } from '../components/sign-in-form.tsx';

type FromState = { from?: string } | null;

export function SignInPage() {
  const session = useSession();
  const location = useLocation();
  const pending = session.data?.user.secondFactor === 'pending';
  useEffect(() => {
    // The second step keeps the address: move focus to its heading by hand, as a new page would.
    if (pending) document.querySelector<HTMLElement>('main h1')?.focus();
  }, [pending]);
  if (pending) {
    return (
      <Page title={da.secondFactor.ui.codeTitle}>
        <SecondFactorForm />
      </Page>
    );
  }
  if (session.data) {
    const from = (location.state as FromState)?.from;
    return <Navigate to={from && from !== '/log-ind' ? from : '/plan'} replace />;
  }
  return (
    <Page title={da.auth.signInTitle}>
      <SignInForm />
    </Page>
  );
}
