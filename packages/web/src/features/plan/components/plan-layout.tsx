import { da } from '@helhed/core';
import { NavLink, Outlet } from 'react-router';
import { useSession } from '../../auth/api/get-session.ts';
import { canEditPlan } from '../lib/format.ts';

/** The plan module's pages share a sub-menu; the import page is only offered to leader and admin. */
export function PlanLayout() {
  const session = useSession();
  const canEdit = canEditPlan(session.data?.user.role);
  const items = [
    { to: '/plan', label: da.planUi.overview, end: true },
    { to: '/plan/maal', label: da.planUi.goalsTitle },
    { to: '/plan/aktiviteter', label: da.planUi.activitiesTitle },
    { to: '/plan/timer', label: da.planUi.staffHoursTitle },
    ...(session.data?.user.role === 'worker'
      ? []
      : [{ to: '/plan/historik', label: da.planUi.historyTitle }]),
    ...(canEdit ? [{ to: '/plan/import', label: da.planUi.importTitle }] : []),
  ];
  return (
    <div className="plan">
      <nav className="sub-nav" aria-label={da.planUi.subnav}>
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
