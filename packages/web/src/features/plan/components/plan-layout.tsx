import { da } from '@helhed/core';
import { Outlet } from 'react-router';
import { SubNav } from '../../../components/ui/sub-nav.tsx';
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
      <SubNav label={da.planUi.subnav} items={items} />
      <Outlet />
    </div>
  );
}
