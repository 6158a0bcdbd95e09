import { da } from '@helhed/core';
import { NavLink, Outlet } from 'react-router';

const t = da.programUi;

/** Program Vollsmose's pages share a sub-menu: the goals, the plan register, the videnbase, the report. */
export function ProgramLayout() {
  const items = [
    { to: '/program', label: t.overview, end: true },
    { to: '/program/planregister', label: t.register },
    { to: '/program/videnbase', label: t.knowledge },
    { to: '/program/rapport', label: t.report },
  ];
  return (
    <div className="program">
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
