import { da } from '@helhed/core';
import { Outlet } from 'react-router';
import { SubNav } from '../../../components/ui/sub-nav.tsx';
import { useCan } from '../../auth/api/get-session.ts';

const t = da.alerting.ui;

/** The beredskab pages share a sub-menu; the lists and the outbox only for those who keep them. */
export function AlertingLayout() {
  const can = useCan();
  const items = [
    { to: '/beredskab', label: t.overview, end: true },
    ...(can('alerting.contacts.manage')
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
