import { da } from '@helhed/core';
import { Link, useNavigate } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { useSignOut } from '../../features/auth/api/sign-out.ts';
import { errorMessage } from '../../lib/api-client.ts';
import type { SessionUser } from '../../types/api.ts';

export function SiteHeader({ user }: { user: SessionUser | null }) {
  const signOut = useSignOut();
  const navigate = useNavigate();

  function handleSignOut() {
    if (signOut.isPending) return;
    // Signed in through the organisation's OpenID provider: end its session too (it returns to /log-ind).
    const viaProvider = user?.signInMethod === 'oidc';
    signOut.mutate(undefined, {
      onSuccess: () =>
        viaProvider
          ? window.location.assign('/api/v1/auth/oidc/signed-out')
          : navigate('/log-ind', { replace: true }),
    });
  }

  return (
    <header className="site-header">
      <div className="site-header__inner">
        <div className="site-header__brand">
          <Link to={user ? '/plan' : '/log-ind'} className="brand">
            <span className="brand__name">{da.app.name}</span>
            <span className="brand__tagline">{da.app.tagline}</span>
          </Link>
          {user ? (
            <p className="site-header__plan">
              <span className="site-header__plan-label">{da.web.planLabel}</span> {user.plan.name}
            </p>
          ) : null}
        </div>
        {user ? (
          <div className="site-header__user">
            <p className="site-header__who">
              <span className="visually-hidden">{da.auth.signedInAs} </span>
              <span className="site-header__name">{user.displayName}</span>
              <span className="site-header__role">{da.roles[user.role]}</span>
            </p>
            {user.secondFactor === 'pending' ? null : (
              <Link to="/mine-sessioner" className="site-header__link">
                {da.accounts.ui.sessionsTitle}
              </Link>
            )}
            <button
              type="button"
              className="button button--on-dark"
              aria-disabled={signOut.isPending}
              onClick={handleSignOut}
            >
              {da.auth.signOut}
            </button>
          </div>
        ) : null}
      </div>
      {signOut.isError ? (
        <div className="site-header__error">
          <Alert tone="error">{errorMessage(signOut.error)}</Alert>
        </div>
      ) : null}
    </header>
  );
}
