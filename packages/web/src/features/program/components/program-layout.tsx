import { da } from '@helhed/core';
import { Outlet } from 'react-router';
import { SubNav } from '../../../components/ui/sub-nav.tsx';

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
      <SubNav label={t.subnav} items={items} />
      <Outlet />
    </div>
  );
}
