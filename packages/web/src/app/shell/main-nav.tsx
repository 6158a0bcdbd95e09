import { da, type Role } from '@helhed/core';
import { NavLink } from 'react-router';

// `hiddenFor`: roles the server refuses every page of the item to, so the link would only lead to a
// refusal. The server's access table stays the rule; this only keeps the menu honest.
type NavItem = { to: string; label: string; adminOnly?: boolean; hiddenFor?: readonly Role[] };

const NAV_ITEMS: ReadonlyArray<NavItem> = [
  { to: '/plan', label: da.nav.plan },
  { to: '/deltagere', label: da.nav.participants, hiddenFor: ['program_reader'] },
  { to: '/forloeb', label: da.nav.cases, hiddenFor: ['program_reader'] },
  { to: '/genhusning', label: da.rehousingUi.nav },
  { to: '/rapporter', label: da.nav.reports },
  { to: '/beredskab', label: da.nav.alerting, hiddenFor: ['program_reader'] },
  { to: '/program', label: da.programUi.nav },
  { to: '/administration', label: da.nav.admin, adminOnly: true },
];

export function MainNav({ role }: { role: Role }) {
  const items = NAV_ITEMS.filter(
    (item) => (!item.adminOnly || role === 'admin') && !item.hiddenFor?.includes(role),
  );
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
