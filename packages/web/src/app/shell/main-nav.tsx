import { da, type Role } from '@helhed/core';
import { NavLink } from 'react-router';

type NavItem = { to: string; label: string; adminOnly?: boolean };

const NAV_ITEMS: ReadonlyArray<NavItem> = [
  { to: '/plan', label: da.nav.plan },
  { to: '/deltagere', label: da.nav.participants },
  { to: '/forloeb', label: da.nav.cases },
  { to: '/rapporter', label: da.nav.reports },
  { to: '/beredskab', label: da.nav.alerting },
  { to: '/administration', label: da.nav.admin, adminOnly: true },
];

export function MainNav({ role }: { role: Role }) {
  const items = NAV_ITEMS.filter((item) => !item.adminOnly || role === 'admin');
  return (
    <nav className="main-nav" aria-label={da.nav.label}>
      <ul className="main-nav__list">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} className="main-nav__link">
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
