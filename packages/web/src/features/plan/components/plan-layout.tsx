import { da } from '@helhed/core';
import { Outlet } from 'react-router';
import { SubNav } from '../../../components/ui/sub-nav.tsx';
import { useCan } from '../../auth/api/get-session.ts';

/**
 * The plan module's pages share a sub-menu; the import page is only offered to leader and admin, the
 * milepælsplan and the LBF documents to those who may read them (not beredskab or programlæser).
 */
export function PlanLayout() {
  const can = useCan();
  const items = [
    { to: '/plan', label: da.planUi.overview, end: true },
    { to: '/plan/maal', label: da.planUi.goalsTitle },
    { to: '/plan/aktiviteter', label: da.planUi.activitiesTitle },
    { to: '/plan/timer', label: da.planUi.staffHoursTitle },
    ...(can('finance.read') ? [{ to: '/plan/oekonomi', label: da.finance.ui.nav }] : []),
    ...(can('milestones.read') ? [{ to: '/plan/milepaele', label: da.milestones.ui.nav }] : []),
    ...(can('documents.read') ? [{ to: '/plan/lbf-dokumenter', label: da.planDocuments.lbf.title }] : []),
    ...(can('plan.history.read')
      ? [
          { to: '/plan/historik', label: da.planUi.historyTitle },
          { to: '/plan/delaftaler-pr-dato', label: da.planAsOf.navLabel },
        ]
      : []),
    ...(can('plan.edit') ? [{ to: '/plan/import', label: da.planUi.importTitle }] : []),
  ];
  return (
    <div className="plan">
      <SubNav label={da.planUi.subnav} items={items} />
      <Outlet />
    </div>
  );
}
