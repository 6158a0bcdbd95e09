import { da } from '@helhed/core';
import { Outlet } from 'react-router';
import { Page } from '../../../components/ui/page.tsx';
import { useSession } from '../api/get-session.ts';

/** Administration is for the admin role only; others get an honest "no access" page. */
export function RequireAdmin() {
  const session = useSession();
  if (session.data?.user.role !== 'admin') {
    return (
      <Page title={da.web.forbiddenTitle}>
        <p>{da.errors.forbidden}</p>
      </Page>
    );
  }
  return <Outlet />;
}
