import { useEffect, useRef } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../api/get-session.ts';
import { ChangePasswordPage } from '../pages/change-password-page.tsx';

/**
 * Lets only signed-in users through. A user with a one-time password sees nothing but the
 * "choose a new password" form until they have chosen one.
 */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  const user = session.data?.user;
  const mustChange = user?.mustChangePassword ?? false;
  const wasMustChange = useRef(mustChange);

  useEffect(() => {
    // The address stays the same when the new password is saved, so move focus to the page by hand.
    if (wasMustChange.current && !mustChange) document.querySelector<HTMLElement>('main h1')?.focus();
    wasMustChange.current = mustChange;
  }, [mustChange]);

  if (!user) {
    return <Navigate to="/log-ind" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  if (mustChange) return <ChangePasswordPage />;
  return <Outlet />;
}
