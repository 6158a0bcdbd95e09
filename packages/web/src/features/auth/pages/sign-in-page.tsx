import { da } from '@helhed/core';
import { useEffect, useState } from 'react';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { useSession } from '../api/get-session.ts';
import { useSignInOptions } from '../api/get-sign-in-options.ts';
import { ProviderSignIn, refusalText } from '../components/provider-sign-in.tsx';
import { SecondFactorForm } from '../components/second-factor-form.tsx';
import { SignInForm } from '../components/sign-in-form.tsx';

type FromState = { from?: string } | null;

export function SignInPage() {
  const session = useSession();
  const options = useSignInOptions();
  const location = useLocation();
  // Why the organisation's login gave no session (the server sends the browser here with a code).
  const refused = refusalText(useSearchParams()[0].get('afvist'));
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
  const providers = options.data?.providers ?? [];
  const localSignIn = options.data?.localSignIn ?? true;
  const federation = da.accounts.federation;
  return (
    <Page title={da.auth.signInTitle}>
      {ended ? <Alert tone="error">{ended}</Alert> : null}
      {refused ? (
        <Alert tone="error">
          <strong>{federation.refusedTitle}.</strong> {refused}
        </Alert>
      ) : null}
      <ProviderSignIn providers={providers} />
      {providers.length > 0 ? <h2>{localSignIn ? federation.orLocal : federation.breakGlassTitle}</h2> : null}
      {localSignIn ? null : <p>{federation.localOff}</p>}
      <SignInForm />
    </Page>
  );
}
