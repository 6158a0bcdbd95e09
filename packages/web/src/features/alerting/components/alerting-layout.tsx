import { da } from '@helhed/core';
import { Outlet } from 'react-router';
import { SubNav } from '../../../components/ui/sub-nav.tsx';
import { useSession } from '../../auth/api/get-session.ts';
import { canManageContacts } from '../lib/access.ts';

const t = da.alerting.ui;

/** The beredskab pages share a sub-menu; the lists and the outbox only for those who keep them. */
export function AlertingLayout() {
  const role = useSession().data?.user.role;
  const items = [
    { to: '/beredskab', label: t.overview, end: true },
    ...(canManageContacts(role)
      ? [
          { to: '/beredskab/varslingsliste', label: t.contactsTitle, end: false },
          { to: '/beredskab/vagtplan', label: t.rotaNav, end: false },
          { to: '/beredskab/udbakke', label: t.outboxTitle, end: false },
        ]
      : []),
  ];
  return (
    <div className="alerting">
      <SubNav label={t.subnav} items={items} />
      <Outlet />
    </div>
  );
}
