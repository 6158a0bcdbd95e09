import { da } from '@helhed/core';
import { Outlet } from 'react-router';
import { SubNav } from '../../../components/ui/sub-nav.tsx';
import { useCan } from '../../auth/api/get-session.ts';

/** Rapporter: the quarterly leverancemåling, the annual follow-up and the board's reviews share a sub-menu. */
export function ReportsLayout() {
  const can = useCan();
  const items = [
    { to: '/rapporter', label: da.reports.ui.quarterlyTab, end: true },
    { to: '/rapporter/aarlig', label: da.reports.ui.annualTab, end: false },
    ...(can('board-review.read')
      ? [{ to: '/rapporter/bestyrelsens-gennemgang', label: da.boardReview.navLabel, end: false }]
      : []),
    ...(can('comparison.read')
      ? [{ to: '/rapporter/side-om-side', label: da.reports.comparison.navLabel, end: false }]
      : []),
  ];
  return (
    <div className="reports">
      <SubNav label={da.reports.ui.subnav} items={items} />
      <Outlet />
    </div>
  );
}
