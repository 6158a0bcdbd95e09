import { da } from '@helhed/core';
import { NavLink, Outlet } from 'react-router';
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
      <nav className="sub-nav" aria-label={t.subnav}>
        <ul className="sub-nav__list">
          {items.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.end} className="sub-nav__link">
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
