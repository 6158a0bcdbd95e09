import { da } from '@helhed/core';
import { Outlet } from 'react-router';
import { Loading } from '../../components/ui/loading.tsx';
import { QueryError } from '../../components/ui/query-error.tsx';
import { useSession } from '../../features/auth/api/get-session.ts';
import { MainNav } from './main-nav.tsx';
import { SiteFooter } from './site-footer.tsx';
import { SiteHeader } from './site-header.tsx';
import { useRouteFocus } from './use-route-focus.ts';

/** The frame around every page: skip link, header, main navigation, main content and footer. */
export function AppShell() {
  const session = useSession();
  useRouteFocus();
  const user = session.data?.user ?? null;

  return (
    <div className="app">
      <a className="skip-link" href="#indhold">
        {da.nav.skipToContent}
      </a>
      <SiteHeader user={user} />
      {user && !user.mustChangePassword && (user.secondFactor === 'on' || user.secondFactor === 'off') ? (
        <MainNav role={user.role} />
      ) : null}
      <main id="indhold" className="main" tabIndex={-1} aria-busy={session.isPending}>
        {session.isPending ? (
          <Loading />
        ) : session.isError ? (
          <QueryError error={session.error} onRetry={() => session.refetch()} />
        ) : (
          <Outlet />
        )}
      </main>
      <SiteFooter />
    </div>
  );
}
