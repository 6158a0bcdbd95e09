import { da } from '@helhed/core';
import { NavLink, Outlet } from 'react-router';

/** The administration area: a small sub-menu above the current admin page. */
export function AdminLayout() {
  return (
    <div className="admin">
      <nav className="sub-nav" aria-label={da.admin.subnav}>
        <ul className="sub-nav__list">
          <li>
            <NavLink to="/administration/brugere" className="sub-nav__link">
              {da.users.title}
            </NavLink>
          </li>
          <li>
            <NavLink to="/administration/revisionslog" className="sub-nav__link">
              {da.audit.title}
            </NavLink>
          </li>
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
