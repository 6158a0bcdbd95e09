import { da } from '@helhed/core';
import { Outlet } from 'react-router';
import { SubNav } from '../../../components/ui/sub-nav.tsx';

/** The administration area: a small sub-menu above the current admin page. */
export function AdminLayout() {
  return (
    <div className="admin">
      <SubNav
        label={da.admin.subnav}
        items={[
          { to: '/administration/brugere', label: da.users.title },
          { to: '/administration/revisionslog', label: da.audit.title },
          { to: '/administration/fortegnelse', label: da.retention.record.navLabel },
          { to: '/administration/grupper', label: da.accounts.federation.ui.title },
        ]}
      />
      <Outlet />
    </div>
  );
}
