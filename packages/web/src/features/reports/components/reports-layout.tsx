import { da } from '@helhed/core';
import { NavLink, Outlet } from 'react-router';

/** Rapporter: the quarterly leverancemåling and the annual follow-up share a sub-menu. */
export function ReportsLayout() {
  const items = [
    { to: '/rapporter', label: da.reports.ui.quarterlyTab, end: true },
    { to: '/rapporter/aarlig', label: da.reports.ui.annualTab, end: false },
  ];
  return (
    <div className="reports">
      <nav className="sub-nav" aria-label={da.reports.ui.subnav}>
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
