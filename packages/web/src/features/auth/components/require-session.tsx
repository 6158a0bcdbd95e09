import { useEffect, useRef } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../api/get-session.ts';
import { ChangePasswordPage } from '../pages/change-password-page.tsx';
import { SecondFactorRequiredPage } from '../pages/second-factor-required-page.tsx';

/**
 * Lets only signed-in users through. A session that awaits its second factor goes back to the
 * sign-in page for the code; a user with a one-time password sees nothing but the "choose a new
 * password" form until they have chosen one, and an administrator without a second factor nothing
 * but its set-up (decision 0027).
 */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  const user = session.data?.user;
  const mustChange = (user?.mustChangePassword ?? false) || user?.secondFactor === 'setup-required';
  const wasMustChange = useRef(mustChange);

  useEffect(() => {
    // The address stays the same when the new password or the factor is saved, so move focus to the page by hand.
    if (wasMustChange.current && !mustChange) document.querySelector<HTMLElement>('main h1')?.focus();
    wasMustChange.current = mustChange;
  }, [mustChange]);

  if (!user || user.secondFactor === 'pending') {
    return <Navigate to="/log-ind" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  if (user.mustChangePassword) return <ChangePasswordPage />;
  if (user.secondFactor === 'setup-required') return <SecondFactorRequiredPage />;
  return <Outlet />;
}
